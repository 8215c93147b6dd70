/**
 * Write-ups that are not listings, joined to the archive: recap articles (their
 * "Title (Speaker)" mentions linked to the sessions they name) and meetup presentations
 * (a session-like entry at an event that is not a summit).
 */
import type { Heading, Link, Root } from 'mdast';
import type { Article, ArticleMention, Presentation, Session, SessionSpeaker } from '../schemas/records.ts';
import { paths, withBase } from '../utils/url.ts';
import { articleMarkdown, parseArticle, resolveMentions } from './article.ts';
import { parsePresentation, type Presentation as ParsedPresentation } from './presentation.ts';

export interface ArticleInput {
  id: string;
  /** Path of source.txt relative to the project root. */
  file: string;
  text: string;
  /** The summit the article reports on (from article.yaml), or null. */
  summit: string | null;
}

export interface PresentationInput {
  id: string;
  file: string;
  text: string;
}

/** Title a mention can match: the source title, or a reviewed correction's; never a derived one. */
function matchableTitle(session: Session): string | null {
  return session.titleSource === 'derived' ? null : session.titleSource === 'correction' ? session.displayTitle : session.title;
}

/** Link each talk heading of the article whose mention resolved to a session. */
function linkMentions(tree: Root, urlsByLine: ReadonlyMap<number, string>): Root {
  const copy = structuredClone(tree);
  for (const node of copy.children) {
    if (node.type !== 'heading') continue;
    const url = urlsByLine.get(node.position?.start.line ?? -1);
    if (!url) continue;
    const link: Link = { type: 'link', url, children: (node as Heading).children };
    (node as Heading).children = [link];
  }
  return copy;
}

export function buildArticles(inputs: readonly ArticleInput[], sessions: readonly Session[], base: string): Article[] {
  const byId = new Map(sessions.map((session) => [session.id, session]));
  const refs = sessions.map((session) => ({
    id: session.id,
    summit: session.summit,
    title: matchableTitle(session),
    speakers: session.speakers.map((speaker) => speaker.name),
    affiliations: session.speakers.map((speaker) => speaker.affiliation ?? '').filter(Boolean),
    description: session.description,
  }));
  return inputs.map((input) => {
    const parsed = parseArticle(input.text);
    const resolutions = resolveMentions(parsed.mentions, refs, input.summit ? { summit: input.summit } : {});
    const mentions: ArticleMention[] = parsed.mentions.map((mention, index) => {
      const resolution = resolutions[index]!;
      return {
        title: mention.title,
        speaker: mention.speaker,
        line: mention.line,
        status: resolution.status,
        session: resolution.status === 'unresolved' ? null : resolution.sessionId,
        reason: resolution.status === 'candidate' ? resolution.reason : null,
      };
    });
    const urls = new Map(
      mentions.filter((mention) => mention.status === 'resolved').map((mention) => [mention.line, byId.get(mention.session!)!.url]),
    );
    return {
      id: input.id,
      title: parsed.title,
      summit: input.summit,
      body: articleMarkdown(linkMentions(parsed.tree, urls)),
      mentions,
      lostLinks: parsed.lostLinks.map(({ line, text }) => ({ line, text })),
      url: withBase(base, paths.article(input.id)),
      source: { file: input.file },
    };
  });
}

/** Parse presentation sources; separate from building so their speakers' names can join name resolution first. */
export function parsePresentations(inputs: readonly PresentationInput[]): Array<{ input: PresentationInput; parsed: ParsedPresentation }> {
  return inputs.map((input) => ({ input, parsed: parsePresentation(input.text) }));
}

export function buildPresentations(
  parsedInputs: ReadonlyArray<{ input: PresentationInput; parsed: ParsedPresentation }>,
  base: string,
  resolveSpeaker: (speaker: { name: string; affiliation: string | null; role: string | null }) => SessionSpeaker,
): Presentation[] {
  return parsedInputs.map(({ input, parsed }) => {
    const numbers = parsed.slides.map((slide) => slide.number).filter((number): number is number => number !== null);
    const highest = Math.max(0, ...numbers);
    const missing = Array.from({ length: highest }, (_, index) => index + 1).filter((number) => !numbers.includes(number));
    return {
      id: input.id,
      title: parsed.title,
      event: { name: parsed.event, kind: 'meetup', city: parsed.city || null, month: parsed.month, year: parsed.year },
      speakers: [resolveSpeaker({ name: parsed.speaker, affiliation: null, role: null })],
      abstract: parsed.abstract,
      slides: parsed.slides.map(({ number, text, line }) => ({ number, text, line })),
      missingSlideNumbers: missing,
      demos: { intro: parsed.demos.intro?.text ?? null, items: parsed.demos.items.map((item) => item.text) },
      mentions: parsed.mentions.map(({ text, author, handle, date, dateText }) => ({ text, author, handle, date, dateText })),
      url: withBase(base, paths.presentation(input.id)),
      source: { file: input.file },
    };
  });
}
