import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/loaders/read-content.ts';
import { bibtex, cslJson, escapeBibtex, splitName, type CitableSession } from '../../src/utils/cite.ts';

const SITE = 'https://summit-archive.github.io';
const root = fileURLToPath(new URL('../../', import.meta.url));
const { archive } = await loadArchive({ root }, '/summit-archive/');
if (!archive) throw new Error('seed archive does not load');

const mm2 = archive.sessions.find((s) => s.id === 'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
const ks2020 = archive.summits.find((s) => s.id === 'kafka-summit-2020');
if (!mm2 || !ks2020) throw new Error('seed session missing');

/** Copied from dist/data/sessions.json: a Kafka Summit 2020 keynote whose listing lost title and speakers. */
const untitled: CitableSession = {
  id: 'kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about',
  displayTitle: "Let's begin a very unusual Kafka Summit by reflecting about change",
  titleSource: 'derived',
  origin: 'listing',
  speakers: [],
  url: '/summit-archive/sessions/kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about/',
};
const london = { name: 'Kafka Summit London 2019', year: 2019, city: 'London' };

describe('bibtex', () => {
  it('cites "Getting up to Speed with MirrorMaker 2" (Kafka Summit 2020)', () => {
    expect(bibtex(mm2, ks2020, SITE)).toBe(
      [
        '@misc{kafka-summit-2020:getting-up-to-speed-with-mirrormaker-2,',
        '  author = {Maison, Mickael and Dolan, Ryanne},',
        '  title = {{Getting up to Speed with MirrorMaker 2}},',
        '  howpublished = {Talk at Kafka Summit 2020},',
        '  year = {2020},',
        '  url = {https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/},',
        '  note = {From the Kafka Summit 2020 session listing, as archived by Summit Archive}',
        '}',
      ].join('\n'),
    );
  });

  it('cites an untitled session with no author and says the title is derived', () => {
    expect(bibtex(untitled, { name: 'Kafka Summit 2020', year: 2020, city: null }, `${SITE}/`)).toBe(
      [
        '@misc{kafka-summit-2020:lets-begin-a-very-unusual-kafka-summit-by-reflecting-about,',
        "  title = {{Let's begin a very unusual Kafka Summit by reflecting about change}},",
        '  howpublished = {Talk at Kafka Summit 2020},',
        '  year = {2020},',
        '  url = {https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about/},',
        '  note = {From the Kafka Summit 2020 session listing, as archived by Summit Archive; title not in the source listing, derived from the session description}',
        '}',
      ].join('\n'),
    );
  });

  it('escapes TeX specials in titles, names and places, and adds the city when known', () => {
    const text = bibtex(
      {
        id: 's/x',
        displayTitle: "Q&A: 100% {exactly-once} for $5 #kafka_streams ~ ^ \\o/",
        titleSource: 'correction',
        speakers: [{ name: 'Jan van der Berg' }, { name: 'Prince' }],
        url: '/s/x/',
      },
      london,
      SITE,
    );
    expect(text).toContain('  author = {van der Berg, Jan and Prince},');
    expect(text).toContain(
      '  title = {{Q\\&A: 100\\% \\{exactly-once\\} for \\$5 \\#kafka\\_streams \\textasciitilde{} \\textasciicircum{} \\textbackslash{}o/}},',
    );
    expect(text).toContain('  address = {London},');
    expect(text).toContain('  note = {From the Kafka Summit London 2019 session listing, as archived by Summit Archive; title from a reviewed correction}');
    expect(escapeBibtex('a\\{b}')).toBe('a\\textbackslash{}\\{b\\}');
  });
});

describe('cslJson', () => {
  it('gives a speech with authors, event, year and absolute URL for the MirrorMaker 2 session', () => {
    expect(JSON.parse(cslJson(mm2, ks2020, SITE))).toEqual([
      {
        id: 'kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2',
        type: 'speech',
        title: 'Getting up to Speed with MirrorMaker 2',
        author: [
          { family: 'Maison', given: 'Mickael' },
          { family: 'Dolan', given: 'Ryanne' },
        ],
        event: 'Kafka Summit 2020',
        'event-title': 'Kafka Summit 2020',
        genre: 'Conference session',
        issued: { 'date-parts': [[2020]] },
        URL: 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
        note: 'From the Kafka Summit 2020 session listing, as archived by Summit Archive',
      },
    ]);
  });

  it('is indented text, and omits authors for the untitled session', () => {
    const text = cslJson(untitled, { name: 'Kafka Summit 2020', year: 2020, city: null }, SITE);
    expect(text).toBe(`[
  {
    "id": "kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about",
    "type": "speech",
    "title": "Let's begin a very unusual Kafka Summit by reflecting about change",
    "event": "Kafka Summit 2020",
    "event-title": "Kafka Summit 2020",
    "genre": "Conference session",
    "issued": {
      "date-parts": [
        [
          2020
        ]
      ]
    },
    "URL": "https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about/",
    "note": "From the Kafka Summit 2020 session listing, as archived by Summit Archive; title not in the source listing, derived from the session description"
  }
]`);
  });

  it('adds the event place when the summit has a city', () => {
    const [item] = JSON.parse(cslJson({ ...untitled, speakers: [{ name: 'Matthias J. Sax' }] }, london, SITE)) as Array<Record<string, unknown>>;
    expect(item?.['event-place']).toBe('London');
    expect(item?.author).toEqual([{ family: 'Sax', given: 'Matthias J.' }]);
  });
});

describe('splitName', () => {
  it('takes the last word (with particles) as the family name', () => {
    expect(splitName('Navinder Pal Singh Brar')).toEqual({ family: 'Brar', given: 'Navinder Pal Singh' });
    expect(splitName('Ludwig von Mises')).toEqual({ family: 'von Mises', given: 'Ludwig' });
    expect(splitName('Prince')).toEqual({ family: 'Prince' });
  });
});
