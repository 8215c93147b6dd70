/** Corrections and speaker profiles applied by the pure archive builder, on the small base archive. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';
import { CorrectionsFileSchema } from '../../src/schemas/corrections.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(ROOT, 'tests/.output/corrections-unit');
const write = (path: string, text: string) => {
  mkdirSync(join(WORK, 'content', path, '..'), { recursive: true });
  writeFileSync(join(WORK, 'content', path), text);
};
const load = async () => {
  const result = await loadArchive({ root: WORK, base: '/base/' });
  expect(result.messages.map(String)).toEqual([]);
  return result.archive!;
};

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/base-content'), WORK, { recursive: true });
  write(
    'summits/mini-summit-2021/summit.yaml',
    'name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n',
  );
});

describe('corrections', () => {
  it('hide a parsed entry that is not a session: no record, no track entry', async () => {
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/operating-kafka-at-scale:\n  reason: A promotion block, not a talk.\n  hide: true\n');
    const archive = (await load());
    expect(archive.sessions.map((session) => session.id)).not.toContain('mini-summit-2021/operating-kafka-at-scale');
    expect(archive.report.hidden).toEqual(['mini-summit-2021/operating-kafka-at-scale']);
    expect(archive.summits[0]!.tracks[0]!.sessions).toHaveLength(2);
    expect(archive.speakers.map((speaker) => speaker.id)).not.toContain('ada-lovelace');
  });

  it('set title, speakers and links, keeping the id and recording the original values', async () => {
    write(
      'summits/mini-summit-2021/corrections.yaml',
      [
        'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped:',
        '  reason: The recording title slide names it.',
        '  title: Connect Everything',
        '  speakers:',
        '    - name: John Roe',
        '      affiliation: Globex',
        '  links:',
        '    video: https://video.example.org/connect',
        '',
      ].join('\n'),
    );
    const session = (await load()).sessions.find((entry) => entry.id === 'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped')!;
    expect(session).toMatchObject({
      title: null,
      displayTitle: 'Connect Everything',
      titleSource: 'correction',
      links: { video: 'https://video.example.org/connect' },
      speakers: [{ id: 'john-roe', name: 'John Roe', listedAs: 'John Roe', affiliation: 'Globex', role: null }],
    });
    expect(session.correction).toEqual({
      fields: ['title', 'speakers', 'links'],
      reason: 'The recording title slide names it.',
      provenance: null,
      file: 'content/summits/mini-summit-2021/corrections.yaml',
      line: 1,
      original: { title: null, displayTitle: 'Untitled talks lose their titles when pages are scraped', speakerLine: null, track: 'Talks' },
    });
  });

  it('keep the page that states each link apart from the URL: records carry URLs, the correction the sources', async () => {
    write(
      'summits/mini-summit-2021/corrections.yaml',
      [
        'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped:',
        '  reason: The deck page names the talk at this summit.',
        '  provenance: https://decks.example.org/connect-everything (the deck page)',
        '  title: Connect Everything',
        '  links:',
        '    slides:',
        '      url: https://decks.example.org/connect-everything.pdf',
        '      source: The deck page https://decks.example.org/connect-everything says it is this talk.',
        '    video: https://video.example.org/connect',
        '',
      ].join('\n'),
    );
    const archive = await load();
    const session = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped')!;
    expect(session.links).toEqual({ slides: 'https://decks.example.org/connect-everything.pdf', video: 'https://video.example.org/connect' });
    expect(session.correction).toMatchObject({
      fields: ['title', 'links'],
      provenance: 'https://decks.example.org/connect-everything (the deck page)',
      linkSources: { slides: 'The deck page https://decks.example.org/connect-everything says it is this talk.' },
    });
    // A corrected title never moves the session: same id, same place in its track.
    expect(archive.summits[0]!.tracks[0]!.sessions).toContain('mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped');
  });

  it('refuse a link whose source is missing or whose URL is not http(s), at its place', async () => {
    write(
      'summits/mini-summit-2021/corrections.yaml',
      [
        'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped:',
        '  reason: The deck page names the talk at this summit.',
        '  links:',
        '    slides:',
        '      url: javascript:alert(1)',
        '      source: The deck page says so.',
        '    video:',
        '      url: https://video.example.org/connect',
        '',
      ].join('\n'),
    );
    const result = await loadArchive({ root: WORK, base: '/base/' });
    expect(result.archive).toBeNull();
    expect(result.messages.map((message) => [message.line, message.field]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [5, 'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped.links.slides.url'],
      [8, 'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped.links.video.source'],
    ]);
  });

  it('move a session to another track of its summit', async () => {
    write(
      'summits/mini-summit-2021/summit.yaml',
      'name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Lightning\n    name: Lightning\n',
    );
    write('summits/mini-summit-2021/listing.txt', 'Talks\n\n  • Streams in Practice\n\n    Jane Doe, Acme Corp\n\nLightning\n\n  • Quick One\n\n    John Roe, Globex\n');
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/streams-in-practice:\n  reason: The schedule lists it as a lightning talk.\n  track: lightning\n');
    const archive = (await load());
    const moved = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/streams-in-practice')!;
    expect([moved.track, moved.trackName, moved.correction?.original.track]).toEqual(['lightning', 'Lightning', 'Talks']);
    expect(archive.summits[0]!.tracks.map((track) => [track.id, track.sessions])).toEqual([
      ['talks', []],
      ['lightning', ['mini-summit-2021/streams-in-practice', 'mini-summit-2021/quick-one']],
    ]);
  });
});

describe('description corrections', () => {
  const LISTING = [
    'Talks',
    '',
    '  • Streams Ã la Carte',
    '',
    '    Jane Doe, Acme Corp',
    '',
    '    View Description',
    '',
    '    Streams Ã la carte: a tour of stream processing.',
    '    Opens in a new window.',
    '',
    '    Bring questions.',
    '',
    '  • View Description',
    '',
    '    CafÃ© owners stream their orders. This talk is about Kafka Connect.',
    '',
  ].join('\n');
  const correct = (yaml: string) => {
    write('summits/mini-summit-2021/listing.txt', LISTING);
    write('summits/mini-summit-2021/corrections.yaml', yaml);
  };

  it('drop lines by number or text and replace exact text, keeping the id and the original description', async () => {
    correct(
      [
        'mini-summit-2021/streams-a-la-carte:',
        '  reason: The page mangled "à" and picked up a link label.',
        '  description:',
        '    drop: [10]',
        '    replace:',
        '      - find: Ã la',
        '        with: à la',
        '',
      ].join('\n'),
    );
    const session = (await load()).sessions.find((entry) => entry.id === 'mini-summit-2021/streams-a-la-carte')!;
    expect(session.description).toBe('Streams à la carte: a tour of stream processing.\n\nBring questions.');
    expect(session.excerpt).toBe('Streams à la carte: a tour of stream processing. Bring questions.');
    expect([session.title, session.displayTitle]).toEqual(['Streams Ã la Carte', 'Streams Ã la Carte']);
    expect(session.correction).toEqual({
      fields: ['description'],
      reason: 'The page mangled "à" and picked up a link label.',
      provenance: null,
      file: 'content/summits/mini-summit-2021/corrections.yaml',
      line: 1,
      original: {
        title: 'Streams Ã la Carte',
        displayTitle: 'Streams Ã la Carte',
        speakerLine: 'Jane Doe, Acme Corp',
        track: 'Talks',
        description: 'Streams Ã la carte: a tour of stream processing.\\\nOpens in a new window.\n\nBring questions.',
      },
    });
  });

  it('an untitled session keeps its id; its derived title follows the corrected text', async () => {
    correct('mini-summit-2021/cafa-owners-stream-their-orders:\n  reason: Mojibake of "é".\n  description:\n    replace: [{ find: "CafÃ©", with: "Café" }]\n');
    const archive = await load();
    const session = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/cafa-owners-stream-their-orders')!;
    expect([session.displayTitle, session.titleSource, session.description]).toEqual(['Café owners stream their orders', 'derived', 'Café owners stream their orders. This talk is about Kafka Connect.']);
    expect(session.correction!.original.displayTitle).toBe('CafÃ© owners stream their orders');
  });

  it('cannot be combined with hide, and needs drop or replace', () => {
    const messages = (value: unknown) => CorrectionsFileSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(messages({ 'mini-summit-2021/x': { reason: 'Not a session at all.', hide: true, description: { drop: [3] } } })).toEqual(['"hide" cannot be combined with "description"']);
    expect(messages({ 'mini-summit-2021/x': { reason: 'Nothing to change here.', description: {} } })).toEqual(['A description correction needs "drop" or "replace"']);
  });

  it('a drop or a find that matches nothing is an error at its place in corrections.yaml', async () => {
    correct(
      [
        'mini-summit-2021/streams-a-la-carte:',
        '  reason: Three fixes that do not apply.',
        '  description:',
        '    drop: [3, "Opens in a new tab."]',
        '    replace:',
        '      - find: Ã  la',
        '        with: à la',
        '',
      ].join('\n'),
    );
    const { archive, messages } = await loadArchive({ root: WORK, base: '/base/' });
    expect(archive).toBeNull();
    expect(messages.map((message) => [message.file, message.line, message.column, message.field, message.ruleId])).toEqual([
      ['content/summits/mini-summit-2021/corrections.yaml', 4, 12, 'mini-summit-2021/streams-a-la-carte.description.drop.0', 'corrections/description-drop'],
      ['content/summits/mini-summit-2021/corrections.yaml', 4, 15, 'mini-summit-2021/streams-a-la-carte.description.drop.1', 'corrections/description-drop'],
      ['content/summits/mini-summit-2021/corrections.yaml', 6, 15, 'mini-summit-2021/streams-a-la-carte.description.replace.0.find', 'corrections/description-find'],
    ]);
    expect(messages[0]!.reason).toBe("Line 3 is not a line of this session's description");
    expect(messages[2]!.reason).toBe(`"Ã  la" occurs nowhere in this session's description`);
  });
});

describe('speaker profiles', () => {
  it('merge a preferred name, aliases, links and a bio into the speaker', async () => {
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/operating-kafka-at-scale:\n  reason: The recording spells the name with an initial.\n  speakers:\n    - name: A. Lovelace\n');
    write('speakers/profiles/ada-lovelace.md', '---\nname: Augusta Ada King\naliases: [A. Lovelace]\nlinks:\n  - label: Notes\n    url: https://notes.example.org/\n---\n\nFirst programmer.\n');
    const archive = (await load());
    const ada = archive.speakers.find((speaker) => speaker.id === 'ada-lovelace')!;
    expect(ada).toMatchObject({
      name: 'Augusta Ada King',
      aliases: ['A. Lovelace'],
      links: [{ label: 'Notes', url: 'https://notes.example.org/' }],
      bio: 'First programmer.',
      profile: 'content/speakers/profiles/ada-lovelace.md',
    });
    const session = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/operating-kafka-at-scale')!;
    expect(session.speakers[0]).toMatchObject({ id: 'ada-lovelace', name: 'Augusta Ada King', listedAs: 'A. Lovelace' });
  });
});
