/**
 * The `presentations` link stage: scraped meetup presentation pages (a session-like entry
 * at an event that is not a summit) parsed with their reviewed deck footers, then, once
 * identity is known, turned into records whose speaker is a person of the archive.
 */
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import { parsePresentation, type Presentation as ParsedPresentation } from '../parse/presentation.ts';
import type { PresentationInput } from '../read/snapshot.ts';
import type { Presentation } from '../schemas/records.ts';
import type { SpeakerResolver } from './identity.ts';
import type { NamePlace } from './types.ts';

export interface ParsedDeck {
  input: PresentationInput;
  parsed: ParsedPresentation;
}

/** Parse every presentation page; separate from building so its speaker's name joins identity first. */
export function parsePresentations(inputs: readonly PresentationInput[]): { decks: ParsedDeck[]; names: Array<[string, NamePlace]>; messages: ContentMessage[] } {
  const decks = inputs.map((input) => ({ input, parsed: parsePresentation(input.source.text, { footers: input.meta?.data.footers ?? [] }) }));
  const messages = decks.flatMap(({ input, parsed }) => parsed.problems.map((problem) => contentMessage({ file: input.source.file, ...problem })));
  const names = decks
    .filter(({ parsed }) => parsed.speaker !== '')
    .map(({ input, parsed }): [string, NamePlace] => [parsed.speaker, { file: input.source.file, line: parsed.headerLine ?? 1, column: 1 }]);
  return { decks, names, messages };
}

export function presentationRecords(decks: readonly ParsedDeck[], resolver: SpeakerResolver): Presentation[] {
  return decks
    .filter(({ parsed }) => parsed.speaker !== '' && parsed.title !== '')
    .map(({ input, parsed }) => {
      const numbers = parsed.slides.map((slide) => slide.number).filter((number): number is number => number !== null);
      const highest = Math.max(0, ...numbers);
      const missing = Array.from({ length: highest }, (_, index) => index + 1).filter((number) => !numbers.includes(number));
      return {
        id: input.id,
        title: parsed.title,
        event: { name: parsed.event, kind: 'meetup' as const, city: parsed.city || null, month: parsed.month, year: parsed.year },
        speakers: [resolver.resolve({ name: parsed.speaker, affiliation: null, role: null })],
        abstract: parsed.abstract,
        slides: parsed.slides.map(({ number, text, line }) => ({ number, text, line })),
        missingSlideNumbers: missing,
        demos: { intro: parsed.demos.intro?.text ?? null, items: parsed.demos.items.map((item) => item.text) },
        footers: [...(input.meta?.data.footers ?? [])],
        mentions: parsed.mentions.map(({ text, author, handle, date, dateText }) => ({ text, author, handle, date, dateText })),
        source: { file: input.source.file },
      };
    });
}
