/**
 * The link stages one by one, on a small archive written here: each stage takes the
 * archive as the previous one left it and returns a new one, never changing its input.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildArchive } from '../../src/link/build-archive.ts';
import { addContributions } from '../../src/link/contributions.ts';
import { applyCorrections } from '../../src/link/corrections.ts';
import { resolveSpeakers } from '../../src/link/identity.ts';
import { linkMentions } from '../../src/link/mentions.ts';
import { relateSessions } from '../../src/link/related.ts';
import { draftSessions } from '../../src/link/sessions.ts';
import { tagSessions } from '../../src/link/topics.ts';
import type { ContentSnapshot, YamlInput } from '../../src/read/snapshot.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';
import { ContributedSessionSchema } from '../../src/schemas/contributed-session.ts';
import { CorrectionsFileSchema } from '../../src/schemas/corrections.ts';
import { SeriesSchema } from '../../src/schemas/series.ts';
import { SpeakerAliasesSchema } from '../../src/schemas/speaker-aliases.ts';
import { SummitMetaSchema } from '../../src/schemas/summit-meta.ts';
import { topicsSchema } from '../../src/schemas/topics.ts';

function yaml<Schema extends z.ZodType>(file: string, text: string, schema: Schema): YamlInput<z.output<Schema>> {
  const parsed = parseYamlFile(file, text, schema, 'fields');
  if (!parsed.ok) throw new Error(parsed.issues.map(String).join('\n'));
  return { file, data: parsed.data, locate: parsed.locate };
}

const LISTING = [
  'Tiny Summit',
  '',
  'Talks',
  '',
  '  • Streams at Scale',
  '',
  '    Jane Doe, Acme & J. Roe, Globex',
  '',
  '    View Description',
  '',
  '    How Acme runs streams at scale with Kafka Streams.',
  '',
  '  • View Description',
  '',
  '    Connectors everywhere. This talk is about Kafka Connect and sinks.',
  '',
  'Lightning',
  '',
  '  • Tables in Five Minutes',
  '',
  '    Ada Lovelace',
  '',
  '    View Description',
  '',
  '    Streams and tables, quickly.',
  '',
].join('\n');

function snapshot(overrides: Partial<ContentSnapshot> = {}): ContentSnapshot {
  return {
    site: null,
    series: [],
    summits: [
      {
        id: 'tiny-2021',
        meta: yaml('content/summits/tiny-2021/summit.yaml', 'name: Tiny Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Lightning\n    name: Lightning\n', SummitMetaSchema),
        listing: { file: 'content/summits/tiny-2021/listing.txt', text: LISTING },
        corrections: null,
      },
    ],
    aliases: null,
    contributions: [],
    profiles: [],
    articles: [],
    presentations: [],
    topics: yaml('content/topics.yaml', 'topics:\n  - id: streams\n    name: Kafka Streams\n    description: Stream processing.\n    terms: [Kafka Streams]\n  - id: connect\n    name: Kafka Connect\n    description: Connectors.\n    terms: [Kafka Connect]\n', topicsSchema),
    organizations: null,
    messages: [],
    files: [],
    ...overrides,
  };
}

const CORRECTIONS = yaml(
  'content/summits/tiny-2021/corrections.yaml',
  'tiny-2021/connectors-everywhere:\n  reason: The schedule page names the talk.\n  title: Connect All the Things\n  speakers:\n    - name: Grace Hopper\n      affiliation: Navy\n  track: lightning\n  topics:\n    add: [streams]\n',
  CorrectionsFileSchema,
);

describe('sessions', () => {
  const drafted = draftSessions(snapshot());

  it('gives each listed session its id, display title and track, and each summit its tracks', () => {
    expect(drafted.sessions.map((session) => [session.id, session.titleSource, session.track])).toEqual([
      ['tiny-2021/streams-at-scale', 'source', 'talks'],
      ['tiny-2021/connectors-everywhere', 'derived', 'talks'],
      ['tiny-2021/tables-in-five-minutes', 'source', 'lightning'],
    ]);
    expect(drafted.summits[0]!.tracks.map((track) => track.id)).toEqual(['talks', 'lightning']);
    expect(drafted.messages).toEqual([]);
  });

  it('keeps the speakers as written, each with the line that names them', () => {
    expect(drafted.sessions[0]!.speakers.map((speaker) => [speaker.name, speaker.affiliation, speaker.place.line])).toEqual([
      ['Jane Doe', 'Acme', 7],
      ['J. Roe', 'Globex', 7],
    ]);
  });

  it('places a declared heading the listing lacks at its declaration in summit.yaml', () => {
    const base = snapshot().summits[0]!;
    const meta = yaml(base.meta.file, 'name: Tiny Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Keynotes\n    name: Keynotes\n', SummitMetaSchema);
    const { messages } = draftSessions(snapshot({ summits: [{ ...base, meta }] }));
    // "Lightning", a heading summit.yaml no longer declares, is text outside any session now.
    expect(messages.map((message) => [message.file, message.line, message.ruleId])).toEqual([
      ['content/summits/tiny-2021/listing.txt', 17, 'listing/unplaced-text'],
      ['content/summits/tiny-2021/summit.yaml', 7, 'listing/missing-heading'],
    ]);
  });
});

describe('sessions: furniture rules, speaker-line guesses, ids that would clash', () => {
  const base = snapshot().summits[0]!;
  const withMeta = (text: string) => yaml(base.meta.file, `name: Tiny Summit 2021\nyear: 2021\ncity: null\nseries: tiny\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Lightning\n    name: Lightning\n${text}`, SummitMetaSchema);
  const series = (text: string) => [{ id: 'tiny', ...yaml('content/series/tiny.yaml', `name: Tiny Summit\n${text}`, SeriesSchema) }];

  it('a furniture rule that matched nothing is a warning at the rule, in the series file or in summit.yaml', () => {
    const { messages } = draftSessions(
      snapshot({
        series: series('furniture:\n  - line: Back to top\n    reason: back-to-top\n  - startsWith: We use cookies\n    reason: cookie-notice\n'),
        summits: [{ ...base, listing: { ...base.listing, text: `${LISTING}Back to top\n` }, meta: withMeta('furniture:\n  - trailing: Request sent.\n    reason: widget-message\n') }],
      }),
    );
    expect(messages.map((message) => [message.file, message.line, message.column, message.field, message.ruleId, message.isWarning])).toEqual([
      ['content/summits/tiny-2021/summit.yaml', 11, 5, 'furniture.0', 'furniture/unused-rule', true],
      ['content/series/tiny.yaml', 5, 5, 'furniture.1', 'furniture/unused-rule', true],
    ]);
    expect(messages[1]!.reason).toBe('The furniture rule startsWith: "We use cookies" matched nothing in content/summits/tiny-2021/listing.txt');
  });

  it('text the layout cannot place is an error at its line in the listing, naming the rule to add', () => {
    const listing = `${LISTING}Back to top\n`;
    const { messages, sessions } = draftSessions(snapshot({ summits: [{ ...base, listing: { ...base.listing, text: listing } }] }));
    expect(messages.map((message) => [message.file, message.line, message.column, message.ruleId, message.isWarning])).toEqual([['content/summits/tiny-2021/listing.txt', 26, 1, 'listing/unplaced-text', false]]);
    expect(messages[0]!.note).toContain('- line: "Back to top"');
    expect(sessions.at(-1)!.description).toBe('Streams and tables, quickly.');
  });

  it('a guess about a speaker line is a warning that shows the correction to write; a speakers correction settles it', () => {
    const listing = LISTING.replace('Ada Lovelace', 'Arshal Ameen & Dhruval Shah Rakuten Card Co.');
    const guessing = { ...base, listing: { ...base.listing, text: listing } };
    const { messages } = draftSessions(snapshot({ summits: [guessing] }));
    expect(messages.map((message) => [message.line, message.column, message.ruleId, message.isWarning])).toEqual([[21, 20, 'speaker-line/missing-comma', true]]);
    expect(messages[0]!.expected).toEqual(['read as: Arshal Ameen: Rakuten Card Co.; Dhruval Shah: Rakuten Card Co.']);
    expect(messages[0]!.note).toContain('In content/summits/tiny-2021/corrections.yaml:\ntiny-2021/tables-in-five-minutes:\n  reason: <what you checked');
    expect(messages[0]!.note).toContain('    - name: "Dhruval Shah"\n      affiliation: "Rakuten Card Co."');
    const settled = yaml('content/summits/tiny-2021/corrections.yaml', 'tiny-2021/tables-in-five-minutes:\n  reason: Both work at Rakuten Card; the listing lost a comma.\n  speakers:\n    - name: Arshal Ameen\n      affiliation: Rakuten Card Co.\n    - name: Dhruval Shah\n      affiliation: Rakuten Card Co.\n', CorrectionsFileSchema);
    expect(draftSessions(snapshot({ summits: [{ ...guessing, corrections: settled }] })).messages).toEqual([]);
  });

  it('a declared style that does not fit is an error at the listing line that shows it', () => {
    const { messages } = draftSessions(snapshot({ summits: [{ ...base, meta: withMeta('style: titled\n') }] }));
    expect(messages.filter((message) => !message.isWarning).map((message) => [message.file, message.line, message.field, message.ruleId])).toEqual([['content/summits/tiny-2021/listing.txt', 5, 'style', 'listing/style-mismatch']]);
  });

  const twice = (first: string[], second: string[]) =>
    draftSessions(snapshot({ summits: [{ ...base, listing: { ...base.listing, text: ['Talks', '', ...first, '', ...second, '', 'Lightning', ''].join('\n') } }] }));

  it('sessions that would share an id are told apart by their first speaker, else by a hash of their own text', () => {
    const bySpeaker = twice(['  • Kafka 101', '', '    Jane Doe, Acme'], ['  • Kafka 101', '', '    John Roe, Globex']);
    expect(bySpeaker.messages).toEqual([]);
    expect(bySpeaker.sessions.map((session) => session.id)).toEqual(['tiny-2021/kafka-101-jane-doe', 'tiny-2021/kafka-101-john-roe']);
    const byText = twice(['  • ストリーム処理', '', '    山田 太郎, 株式会社A', '', '    View Description', '', '    入門編です。'], ['  • ストリーム処理', '', '    山田 太郎, 株式会社A', '', '    View Description', '', '    応用編です。']);
    expect(byText.messages).toEqual([]);
    // Same title, same first speaker: the suffix is `printf '<title>\n<description>' | sha256sum | cut -c1-6`.
    expect(byText.sessions.map((session) => session.id)).toEqual(['tiny-2021/ストリーム処理-20bbf9', 'tiny-2021/ストリーム処理-5c34c1']);
  });

  it('only an exact repeat still clashes: an error with the correction that hides it', () => {
    const session = ['  • Kafka 101', '', '    Jane Doe, Acme', '', '    View Description', '', '    The basics.'];
    const { messages, sessions } = twice(session, session);
    expect(sessions.map((entry) => entry.id)).toEqual(['tiny-2021/kafka-101-80d5df']);
    expect(messages.map((message) => [message.line, message.ruleId, message.reason])).toEqual([[11, 'ids/duplicate-session', 'This session repeats the one at line 3: same title and description, so both would get the id "tiny-2021/kafka-101-80d5df"']]);
    expect(messages[0]!.note).toContain('hide: true');
  });
});

describe('corrections', () => {
  const drafted = draftSessions(snapshot());
  const input = snapshot({ summits: [{ ...snapshot().summits[0]!, corrections: CORRECTIONS }] });
  const corrected = applyCorrections(drafted, input.summits);

  it('change title, speakers and track, keep the id, and record the original', () => {
    const session = corrected.sessions.find((entry) => entry.id === 'tiny-2021/connectors-everywhere')!;
    expect([session.displayTitle, session.titleSource, session.track, session.speakers.map((speaker) => speaker.name)]).toEqual(['Connect All the Things', 'correction', 'lightning', ['Grace Hopper']]);
    expect(session.correction).toMatchObject({ fields: ['title', 'speakers', 'track', 'topics'], original: { title: null, track: 'Talks' } });
    expect(corrected.topicRequests.map((request) => [request.session, request.add.map((entry) => entry.id)])).toEqual([['tiny-2021/connectors-everywhere', ['streams']]]);
  });

  it('leave the previous stage untouched', () => {
    expect(drafted.sessions.find((entry) => entry.id === 'tiny-2021/connectors-everywhere')!.titleSource).toBe('derived');
  });

  it('say which session a correction names that does not exist, with a suggestion', () => {
    const wrong = yaml(CORRECTIONS.file, 'tiny-2021/streams-at-scal:\n  reason: A typo in the id here.\n  title: X\n', CorrectionsFileSchema);
    const { messages } = applyCorrections(drafted, [{ ...input.summits[0]!, corrections: wrong }]);
    expect(messages.map((message) => [message.ruleId, message.note])).toEqual([['corrections/unknown-session', 'Did you mean "tiny-2021/streams-at-scale"?']]);
  });
});

describe('contributions', () => {
  const drafted = draftSessions(snapshot());
  const contribution = (track: string) => ({
    ...yaml('content/sessions/late-talk.mdx', `summit: tiny-2021\ntrack: ${track}\ntitle: A Late Talk\nprovenance: The schedule page.\ntopics: [connect]\n`, ContributedSessionSchema),
    slug: 'late-talk',
    body: 'About **Kafka Connect**.',
    lineCount: 8,
  });

  it('add a contributed session after the listed ones of its track, with its plain text and topics', () => {
    const added = addContributions(drafted, [contribution('talks')]);
    const session = added.sessions.at(-1)!;
    expect([session.id, session.origin, session.order, session.orderInTrack, session.text]).toEqual(['tiny-2021/late-talk', 'contribution', 4, 3, 'About Kafka Connect.']);
    expect(added.topicRequests.map((request) => request.session)).toEqual(['tiny-2021/late-talk']);
  });

  it('refuse an unknown track, placed at the field', () => {
    const { messages } = addContributions(drafted, [contribution('keynotes')]);
    expect(messages.map((message) => [message.file, message.line, message.ruleId])).toEqual([['content/sessions/late-talk.mdx', 2, 'contributions/unknown-track']]);
  });
});

describe('identity, topics, related sessions and mentions', () => {
  const aliases = yaml('content/speakers/aliases.yaml', 'people:\n  - name: Jane Doe\n    aliases: [J. Doe]\n    note: Same person.\ndistinct: []\n', SpeakerAliasesSchema);
  const drafted = draftSessions(snapshot());
  const identified = resolveSpeakers(drafted, { aliases, profiles: [], otherNames: [] });

  it('resolve speakers to people', () => {
    expect(identified.sessions[0]!.speakers.map((speaker) => [speaker.id, speaker.listedAs])).toEqual([
      ['jane-doe', 'Jane Doe'],
      ['j-roe', 'J. Roe'],
    ]);
    // "J. Doe" merges nobody: no source spells it, so the review is told, with the near miss.
    expect(identified.messages.map((message) => [message.ruleId, message.fatal, message.actual, message.note])).toEqual([
      ['identity/unused-alias', false, 'J. Doe', 'Write "J. Roe" if that is the spelling you meant; the merge applies only to spellings the sources use.'],
    ]);
  });

  it('keep a suffix and a handle on the record, only when the listing gives them; identity goes by the name alone', () => {
    const base = snapshot().summits[0]!;
    const listing = { ...base.listing, text: LISTING.replace('Jane Doe, Acme & J. Roe, Globex', 'Dr. Jane Doe (@janedoe), Acme & J. Roe, Globex') };
    const speakers = resolveSpeakers(draftSessions(snapshot({ summits: [{ ...base, listing }] })), { aliases, profiles: [], otherNames: [] }).sessions[0]!.speakers;
    expect(speakers).toEqual([
      { id: 'jane-doe', name: 'Jane Doe', listedAs: 'Jane Doe', affiliation: 'Acme', role: null, suffix: 'Dr.', handle: '@janedoe' },
      { id: 'j-roe', name: 'J. Roe', listedAs: 'J. Roe', affiliation: 'Globex', role: null },
    ]);
  });

  it('report a reviewed decision that names nobody', () => {
    const stray = yaml(aliases.file, 'people:\n  - name: Grace Hopper\n    aliases: [G. Hopper]\n    note: Nobody here.\ndistinct: []\n', SpeakerAliasesSchema);
    expect(resolveSpeakers(drafted, { aliases: stray, profiles: [], otherNames: [] }).messages.map((message) => message.ruleId)).toEqual(['identity/unknown-name']);
  });

  it('tag topics from title and description, and apply requested changes', () => {
    const tagged = tagSessions({ ...identified, topicRequests: [{ session: 'tiny-2021/tables-in-five-minutes', add: [{ id: 'connect', file: 'x', line: 1, column: 1, field: 'f' }], remove: [] }] }, snapshot().topics);
    expect(tagged.sessions.map((session) => [session.id, session.topics])).toEqual([
      ['tiny-2021/streams-at-scale', ['streams']],
      ['tiny-2021/connectors-everywhere', ['connect']],
      ['tiny-2021/tables-in-five-minutes', ['connect']],
    ]);
    expect(tagged.topics.map((topic) => [topic.id, topic.sessions.length, topic.bySummit])).toEqual([
      ['streams', 1, { 'tiny-2021': 1 }],
      ['connect', 2, { 'tiny-2021': 2 }],
    ]);
  });

  it('relate sessions, never to themselves', () => {
    const related = relateSessions(tagSessions(identified, snapshot().topics));
    for (const session of related.sessions) expect(session.related).not.toContain(session.id);
  });

  it('link an article\'s named talk to its session, which then lists the article', () => {
    const related = relateSessions(tagSessions(identified, snapshot().topics));
    const article = { id: 'recap', source: { file: 'content/articles/recap/source.txt', text: 'A Recap\n\nStreams at Scale (Jane Doe)\n\nA fine talk.\n' }, meta: null };
    const mentioned = linkMentions(related, [article], []);
    expect(mentioned.articles[0]!.mentions.map((mention) => [mention.status, mention.session])).toEqual([['resolved', 'tiny-2021/streams-at-scale']]);
    expect(mentioned.articles[0]!.body).toContain('(/sessions/tiny-2021/streams-at-scale/)');
    expect(mentioned.sessions[0]!.mentionedIn).toEqual([{ article: 'recap', title: 'A Recap' }]);
  });
});

describe('the pipeline', () => {
  it('runs the stages in order: every session is complete, every track lists its sessions', () => {
    const archive = buildArchive(snapshot({ summits: [{ ...snapshot().summits[0]!, corrections: CORRECTIONS }] }));
    expect(archive.messages).toEqual([]);
    expect(archive.summits[0]!.tracks.map((track) => [track.id, track.sessions])).toEqual([
      ['talks', ['tiny-2021/streams-at-scale']],
      ['lightning', ['tiny-2021/connectors-everywhere', 'tiny-2021/tables-in-five-minutes']],
    ]);
    for (const session of archive.sessions) expect(Object.keys(session)).not.toContain('text');
    expect(archive.speakers.map((speaker) => speaker.id)).toEqual(['ada-lovelace', 'grace-hopper', 'j-roe', 'jane-doe']);
  });
});
