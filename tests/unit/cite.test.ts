import { describe, expect, it } from 'vitest';
import { bibtex, cslJson, LOCAL_BUILD_NOTE, type CitableSession } from '../../src/routes/cite.ts';
import { routeContext } from '../../src/routes/context.ts';
import { bibtexName, cslName, escapeBibtex, splitName } from '../../src/text/names.ts';
import { seedArchive } from '../support/seed.ts';

const SITE = 'https://summit-archive.github.io';
const archive = await seedArchive();
/** URLs come from the route context now (records carry ids only); the site name from content/site.yaml. */
const ctx = routeContext('/summit-archive/', SITE, archive.site.name);

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
};
const london = { name: 'Kafka Summit London 2019', year: 2019, city: 'London' };

describe('the route context', () => {
  it('names the site as content/site.yaml does', () => {
    expect(ctx.siteName).toBe('Summit Archive');
  });
});

describe('bibtex', () => {
  it('cites "Getting up to Speed with MirrorMaker 2" (Kafka Summit 2020)', () => {
    expect(bibtex(mm2, ks2020, ctx)).toBe(
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
    expect(bibtex(untitled, { name: 'Kafka Summit 2020', year: 2020, city: null }, routeContext('/summit-archive/', `${SITE}/`, 'Summit Archive'))).toBe(
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
      },
      london,
      ctx,
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
    expect(JSON.parse(cslJson(mm2, ks2020, ctx))).toEqual([
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

  it('is indented text with short arrays and objects on one line, and omits authors for the untitled session', () => {
    const text = cslJson(untitled, { name: 'Kafka Summit 2020', year: 2020, city: null }, ctx);
    expect(text).toBe(`[
  {
    "id": "kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about",
    "type": "speech",
    "title": "Let's begin a very unusual Kafka Summit by reflecting about change",
    "event": "Kafka Summit 2020",
    "event-title": "Kafka Summit 2020",
    "genre": "Conference session",
    "issued": { "date-parts": [[2020]] },
    "URL": "https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/lets-begin-a-very-unusual-kafka-summit-by-reflecting-about/",
    "note": "From the Kafka Summit 2020 session listing, as archived by Summit Archive; title not in the source listing, derived from the session description"
  }
]`);
  });

  it('adds the event place when the summit has a city', () => {
    const [item] = JSON.parse(cslJson({ ...untitled, speakers: [{ name: 'Matthias J. Sax' }] }, london, ctx)) as Array<Record<string, unknown>>;
    expect(item?.['event-place']).toBe('London');
    expect(item?.author).toEqual([{ family: 'Sax', given: 'Matthias J.' }]);
  });
});

describe('names in citations (split by src/text/names.ts)', () => {
  it('takes the last word as the family name, with lower-case particles kept apart', () => {
    expect(splitName('Navinder Pal Singh Brar')).toEqual({ family: 'Brar', given: 'Navinder Pal Singh', familyFirst: false });
    // The old splitter made `von Mises` the family name; the particle is its own part now.
    expect(splitName('Ludwig von Mises')).toEqual({ family: 'Mises', given: 'Ludwig', particle: 'von', familyFirst: false });
    expect(splitName('Prince')).toEqual({ family: 'Prince', given: '', familyFirst: false });
  });

  it('writes particles and suffixes as BibTeX and CSL expect them', () => {
    expect(bibtexName('Ludwig von Mises')).toBe('von Mises, Ludwig');
    expect(cslName('Ludwig von Mises')).toEqual({ family: 'Mises', given: 'Ludwig', 'non-dropping-particle': 'von' });
    // `Jr.` is a suffix, never the family name.
    expect(bibtexName('Robert T. Lang Jr.')).toBe('Lang, Jr., Robert T.');
    expect(cslName('Robert T. Lang Jr.')).toEqual({ family: 'Lang', given: 'Robert T.', suffix: 'Jr.' });
    // A CJK name without a space cannot be split: a CSL literal, braced in BibTeX.
    expect(cslName('山田太郎')).toEqual({ literal: '山田太郎' });
    expect(bibtexName('山田太郎')).toBe('{山田太郎}');
  });

  it('cites authors with particles and suffixes in a session entry', () => {
    const session: CitableSession = { ...untitled, speakers: [{ name: 'Ludwig von Mises' }, { name: 'Robert T. Lang Jr.' }] };
    expect(bibtex(session, london, ctx)).toContain('  author = {von Mises, Ludwig and Lang, Jr., Robert T.},');
    const [item] = JSON.parse(cslJson(session, london, ctx)) as Array<Record<string, unknown>>;
    expect(item?.author).toEqual([
      { family: 'Mises', given: 'Ludwig', 'non-dropping-particle': 'von' },
      { family: 'Lang', given: 'Robert T.', suffix: 'Jr.' },
    ]);
  });
});

describe('the citation of a local build (SITE_URL unset)', () => {
  // astro.config.mjs falls back to http://localhost:4321; no reader elsewhere can follow that.
  const local = routeContext('/summit-archive/', 'http://localhost:4321', archive.site.name);

  it('the route context says the site is not configured, and only then', () => {
    expect(local.siteConfigured).toBe(false);
    expect(routeContext('/summit-archive/', undefined, archive.site.name).siteConfigured).toBe(false);
    expect(ctx.siteConfigured).toBe(true);
    expect(routeContext('/', 'http://127.0.0.1:8080', archive.site.name).siteConfigured).toBe(true);
  });

  it('names no localhost URL and says to set SITE_URL, in BibTeX and CSL-JSON', () => {
    const bib = bibtex(mm2, ks2020, local);
    expect(bib).not.toContain('localhost');
    expect(bib).not.toMatch(/^\s*url = /mu);
    expect(bib).toContain(`note = {From the Kafka Summit 2020 session listing, as archived by Summit Archive; ${LOCAL_BUILD_NOTE.replace('_', '\\_')}}`);
    const text = cslJson(mm2, ks2020, local);
    expect(text).not.toContain('localhost');
    const [item] = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(item).not.toHaveProperty('URL');
    expect(item?.note).toBe(`From the Kafka Summit 2020 session listing, as archived by Summit Archive; ${LOCAL_BUILD_NOTE}`);
  });

  it('cites the configured site when there is one', () => {
    expect(bibtex(mm2, ks2020, ctx)).toContain(`url = {${SITE}/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/}`);
    expect(JSON.parse(cslJson(mm2, ks2020, ctx))[0].URL).toBe(`${SITE}/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/`);
  });
});

describe('names in any script in a session entry', () => {
  it('cites hyphenated, accented and CJK names as BibTeX and CSL expect them', () => {
    const session: CitableSession = { ...untitled, speakers: [{ name: 'Jean-Luc Ødegaard-Picard' }, { name: '山田 太郎' }, { name: 'Анна Петрова' }] };
    expect(bibtex(session, london, ctx)).toContain('  author = {Ødegaard-Picard, Jean-Luc and 山田, 太郎 and Петрова, Анна},');
    const [item] = JSON.parse(cslJson(session, london, ctx)) as Array<Record<string, unknown>>;
    expect(item?.author).toEqual([
      { family: 'Ødegaard-Picard', given: 'Jean-Luc' },
      { family: '山田', given: '太郎' },
      { family: 'Петрова', given: 'Анна' },
    ]);
  });
});
