/**
 * The built site, under the non-root base /summit-archive/: one page per session and
 * per speaker, no client script, every internal link and asset resolving, valid HTML,
 * and the open-data export matching its schemas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFor, filesIn, load, referencesOf, urlPathOf } from '../support/dist.ts';
import { SITE_OUT, TEST_BASE } from '../support/paths.ts';

const readJson = (path: string) => JSON.parse(readFileSync(join(SITE_OUT, path), 'utf8'));

let pages: string[] = [];
beforeAll(() => {
  pages = filesIn(SITE_OUT, '.html');
});

describe('pages', () => {
  it('has one page per session and per speaker, and the browse pages', () => {
    const sessions = readJson('data/sessions.json') as Array<{ id: string; url: string }>;
    const speakers = readJson('data/speakers.json') as Array<{ id: string; url: string }>;
    expect(sessions).toHaveLength(180);
    expect(speakers).toHaveLength(101);
    const sessionPages = pages.filter((file) => file.startsWith(join(SITE_OUT, 'sessions/')));
    const speakerPages = pages.filter((file) => file.startsWith(join(SITE_OUT, 'speakers/')) && file !== join(SITE_OUT, 'speakers/index.html'));
    expect(sessionPages).toHaveLength(180);
    expect(speakerPages).toHaveLength(101);
    for (const entry of [...sessions, ...speakers]) expect(fileFor(SITE_OUT, entry.url, TEST_BASE), entry.url).not.toBeNull();
    for (const path of ['index.html', '404.html', 'speakers/index.html', 'tracks/index.html', 'summits/kafka-summit-2020/index.html', 'summits/kafka-summit-san-francisco-2019/stream-processing/index.html']) {
      expect(pages).toContain(join(SITE_OUT, path));
    }
  });

  it('ships no executable <script> on any page but the search page (JSON-LD is data, not code)', () => {
    const withScript = pages.filter((file) => load(file)('script:not([type="application/ld+json"])').length > 0);
    expect(withScript).toEqual([join(SITE_OUT, 'search/index.html')]);
    const searchScripts = load(join(SITE_OUT, 'search/index.html'))('script:not([type="application/ld+json"])');
    expect(searchScripts.length).toBeGreaterThan(0);
  });

  it('marks for the search index only session, speaker, summit and track pages, and never navigation chrome', () => {
    const indexed = pages.filter((file) => load(file)('[data-pagefind-body]').length > 0).map((file) => urlPathOf(SITE_OUT, file, TEST_BASE));
    expect(indexed).toHaveLength(180 + 101 + 3 + 11 + 1 + 1);
    for (const path of indexed) expect(path).toMatch(/^\/summit-archive\/(sessions|speakers|summits|articles|presentations)\/./u);
    for (const file of pages) {
      const $ = load(file);
      expect($('header [data-pagefind-body], footer [data-pagefind-body], nav[data-pagefind-body]')).toHaveLength(0);
      expect($('[data-pagefind-body] header.site, [data-pagefind-body] footer.site')).toHaveLength(0);
    }
  });

  it('resolves every internal link, asset and fragment under the base', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const $ = load(page);
      const pageUrl = new URL(urlPathOf(SITE_OUT, page, TEST_BASE), 'https://example.github.io');
      for (const reference of referencesOf(page, $)) {
        const target = new URL(reference.url, pageUrl);
        if (target.origin !== pageUrl.origin) continue;
        const file = fileFor(SITE_OUT, target.pathname, TEST_BASE);
        if (!file) {
          broken.push(`${urlPathOf(SITE_OUT, page, TEST_BASE)} ${reference.attribute} → ${reference.url}`);
          continue;
        }
        if (target.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(target.hash.slice(1));
          if (load(file)(`[id="${id}"]`).length === 0) broken.push(`${urlPathOf(SITE_OUT, page, TEST_BASE)} → ${reference.url} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('links only under the base, also from the 404 page served at any depth', () => {
    for (const page of pages) {
      for (const reference of referencesOf(page, load(page))) {
        if (/^(https?:|mailto:|#)/u.test(reference.url)) continue;
        expect(reference.url.startsWith(TEST_BASE), `${page}: ${reference.url}`).toBe(true);
      }
    }
  });

  it('passes html-validate with no errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // Session titles come from the listings and are often longer than 70 characters;
      // clipping the <title> would hide the real title from readers and search engines.
      rules: { 'long-title': 'off' },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) failures.push(`${page.slice(SITE_OUT.length)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('session page', () => {
  const session = (id: string) => load(join(SITE_OUT, 'sessions', id, 'index.html'));

  it('shows title, speakers with affiliations linking to their pages, summit, track, description and provenance', () => {
    const $ = session('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
    expect($('h1').text()).toBe('Getting up to Speed with MirrorMaker 2');
    const speakers = $('dl.facts dd').first();
    expect(speakers.text().replace(/\s+/gu, ' ').trim()).toBe('Mickael Maison (IBM) and Ryanne Dolan');
    expect(speakers.find('a').map((_, a) => $(a).attr('href')).get()).toEqual(['/summit-archive/speakers/mickael-maison/', '/summit-archive/speakers/ryanne-dolan/']);
    expect($('.description').text()).toContain('MirrorMaker 2, released recently as part of Kafka 2.4.0');
    expect($('.provenance').text().replace(/\s+/gu, ' ')).toContain('content/summits/kafka-summit-2020/listing.txt, lines 241–251');
    expect($('a[rel="prev"]').attr('href')).toMatch(/^\/summit-archive\/sessions\/kafka-summit-2020\//u);
    expect($('a[rel="next"]').attr('href')).toBe('/summit-archive/sessions/kafka-summit-2020/government-track-welcome-address/');
  });

  it('links to the file a correction goes in, and names the session id', () => {
    const $ = session('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
    expect($('.edit-links a').text()).toBe('Suggest a correction');
    expect($('.edit-links a').attr('href')).toMatch(/\/edit\/main\/content\/summits\/kafka-summit-2020\/corrections\.yaml$/u);
    expect($('.edit-links code').text()).toBe('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
    const speaker = load(join(SITE_OUT, 'speakers/gwen-shapira/index.html'));
    expect(speaker('.edit-links a').first().text()).toBe('Edit this page');
    expect(speaker('.edit-links a').first().attr('href')).toMatch(/\/new\/main\/content\/speakers\/profiles\?filename=gwen-shapira\.md&/u);
  });

  it('marks a derived title as not in the source listing', () => {
    const $ = session('kafka-summit-2020/humana-is-at-the-forefront-of-an-industry-wide-effort-to');
    expect($('h1').text()).toBe('Humana is at the forefront of an industry-wide effort to improve health…');
    expect($('main').text()).toContain('title not in the source listing');
  });

  it('shows the English track name and the original Japanese heading', () => {
    const $ = session('kafka-summit-san-francisco-2019/whats-the-time-and-why');
    expect($('dl.facts').text()).toContain('Stream Processing (ストリーム処理)');
    expect($('dl.facts [lang="ja"]').text()).toBe('ストリーム処理');
  });

  it('renders description lists and keeps the source title when the page shows a shorter one', () => {
    const $ = session('kafka-summit-2020/q-and-a-with-lowes');
    expect($('h1').text()).toBe("Q&A with Lowe's");
    expect($('.provenance').text()).toContain("listed as “Q&A with Lowe's | Kafka Summit 2020 Keynote”");
    const dbs = session('kafka-summit-2020/kafka-is-among-the-few-cool-technologies-that-play-a-pivotal');
    expect(dbs('.description ul li').map((_, li) => dbs(li).text()).get()).toEqual([
      'making our systems event-driven',
      'moving batch workloads to real-time',
      'serving various financial industry use-cases that warrants proactive actions i.e Fraud detection, Anomaly and unusual behaviour detections.',
    ]);
    expect(dbs('.description ol li')).toHaveLength(8);
  });
});

describe('speaker pages', () => {
  it('lists a merged speaker once with all sessions and the affiliation given each time', () => {
    const $ = load(join(SITE_OUT, 'speakers/kate-stanley/index.html'));
    expect($('h1').text()).toBe('Kate Stanley');
    expect($('main').text()).toContain('Also listed as Katherine Stanley');
    const items = $('ul.sessions > li').map((_, li) => $(li).text().replace(/\s+/gu, ' ')).get();
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Kafka Summit 2020, Breakouts · as IBM');
    expect(items.join('\n')).toContain('as IBM UK · listed as “Katherine Stanley”');
    expect(items.join('\n')).toContain('as IBM United Kingdom · listed as “Katherine Stanley”');
  });

  it('files speakers A–Z by surname', () => {
    const $ = load(join(SITE_OUT, 'speakers/index.html'));
    const letters = $('section h2').map((_, h2) => $(h2).text()).get();
    expect(letters).toEqual([...letters].sort());
    expect($('#letter-s').parent().text()).toContain('Gwen Shapira');
  });
});

describe('home and summit pages', () => {
  it('shows each summit with its session count', () => {
    const text = load(join(SITE_OUT, 'index.html'))('main').text().replace(/\s+/gu, ' ');
    expect(text).toContain('180 sessions from 3 summits, by 101 speakers');
    expect(text).toContain('71 sessions in 3 tracks (44 without a source title)');
    expect(text).toContain('56 sessions in 4 tracks (39 without a source title)');
    expect(text).toContain('53 sessions in 4 tracks (36 without a source title)');
  });

  it('lists tracks in source order with every session', () => {
    const $ = load(join(SITE_OUT, 'summits/kafka-summit-san-francisco-2019/index.html'));
    expect($('section h2').map((_, h2) => $(h2).text()).get()).toEqual(['Core Kafka', 'Event Driven Development', 'Stream Processing (ストリーム処理)', 'Use Cases (ユースケース)']);
    expect($('ul.sessions > li')).toHaveLength(53);
  });
});

describe('open data', () => {
  it('validates each export against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const name of ['sessions', 'speakers', 'summits']) {
      const validate = ajv.compile(readJson(`data/${name}.schema.json`));
      const valid = validate(readJson(`data/${name}.json`));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('keeps the documented session shape', () => {
    const [first] = readJson('data/sessions.json') as Array<Record<string, unknown>>;
    expect(Object.keys(first!)).toEqual(
      expect.arrayContaining(['id', 'summit', 'track', 'trackName', 'order', 'title', 'displayTitle', 'titleSource', 'speakers', 'description', 'url', 'source']),
    );
    const summits = readJson('data/summits.json') as Array<{ id: string; city: string | null; url: string; tracks: Array<{ name: string; displayName: string; sessions: string[] }> }>;
    expect(summits.map((summit) => [summit.id, summit.city, summit.url])).toEqual([
      ['kafka-summit-2020', null, '/summit-archive/summits/kafka-summit-2020/'],
      ['kafka-summit-london-2019', 'London', '/summit-archive/summits/kafka-summit-london-2019/'],
      ['kafka-summit-san-francisco-2019', 'San Francisco', '/summit-archive/summits/kafka-summit-san-francisco-2019/'],
    ]);
  });
});
