import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { resolveMentions, type ResolveOptions, type SessionRef } from '../../src/link/mentions.ts';
import { parseArticle } from '../../src/parse/article.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';
import { SeriesSchema } from '../../src/schemas/series.ts';
import { SEED_CONTENT } from '../support/seed.ts';

// Seed 002 (byte-identical to /work/shared/seeds/002_283ee3bf578e1547.txt).
const source = readFileSync(join(SEED_CONTENT, 'articles/kafka-summit-the-key-takeaways/source.txt'), 'utf8');
const sourceLines = source.split('\n');
const article = parseArticle(source);

/** Text of a source line the way the page shows it: trimmed, bullet removed; headings keep their text exactly. */
function shown(_kind: string, line: number): string {
  return (sourceLines[line - 1] ?? '').trim().replace(/^•\s+/u, '');
}

function textOf(node: RootContent): string {
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

function walk(node: RootContent, visit: (n: RootContent) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as RootContent[]) walk(child, visit);
}

/*
 * The article's blocks, read off the seed by hand (cat -n 002…txt): one block per
 * non-blank line after the title. p = paragraph, h2 = section heading,
 * h3 = `Title (Speaker)` talk heading, li = list item (lines 41–43 and 81–83 are `  • `).
 */
const BLOCKS: Array<['p' | 'h2' | 'h3' | 'li', number]> = [
  ['p', 3],
  ['h2', 7], ['p', 9], ['p', 11], ['p', 13], ['p', 15],
  ['h2', 19], ['p', 21], ['p', 23], ['p', 25], ['p', 27], ['p', 29],
  ['h2', 33],
  ['h3', 35], ['p', 37], ['p', 39], ['li', 41], ['li', 42], ['li', 43], ['p', 45],
  ['h3', 49], ['p', 51], ['p', 53],
  ['h3', 59], ['p', 61], ['p', 63], ['p', 65], ['p', 67],
  ['h2', 71],
  ['h3', 75], ['p', 77], ['p', 79], ['li', 81], ['li', 82], ['li', 83], ['p', 87], ['p', 89], ['p', 91],
];

/** Lines holding only a no-break space (U+00A0): `grep -n $'^\xc2\xa0$' 002…txt`. */
const SPACER_LINES = [5, 17, 31, 47, 55, 57, 69, 73, 85];

function blocksOf(tree: typeof article.tree): Array<[string, number, string]> {
  const out: Array<[string, number, string]> = [];
  for (const node of tree.children) {
    if (node.type === 'list') {
      for (const item of node.children) out.push(['li', item.position?.start.line ?? 0, textOf(item)]);
    } else {
      const kind = node.type === 'heading' ? `h${node.depth}` : node.type === 'paragraph' ? 'p' : node.type;
      out.push([kind, node.position?.start.line ?? 0, textOf(node)]);
    }
  }
  return out;
}

describe('parseArticle: content', () => {
  it('reads the title', () => {
    expect(article.title).toBe('Kafka Summit: The Key Takeaways');
  });

  it('keeps every heading, paragraph and list item of the article, in order, as written', () => {
    expect(blocksOf(article.tree)).toEqual(BLOCKS.map(([kind, line]) => [kind, line, shown(kind, line)]));
    expect(BLOCKS.filter(([kind]) => kind === 'p')).toHaveLength(24);
  });

  it('makes the section headings', () => {
    const h2 = article.tree.children.filter((n) => n.type === 'heading' && n.depth === 2).map(textOf);
    expect(h2).toEqual(['Main observations', 'Keynotes talks:', 'Our Favourite Use Cases:', 'Our Favourite User Practice:']);
  });

  it('accounts for every source line', () => {
    const used = new Set<number>([1, ...BLOCKS.map(([, line]) => line), ...article.dropped.map((d) => d.line)]);
    sourceLines.forEach((text, i) => {
      if (!used.has(i + 1)) expect(text, `line ${i + 1}`).toBe('');
    });
  });
});

describe('parseArticle: furniture', () => {
  it('drops the no-break-space spacer lines, and nothing else', () => {
    expect(article.dropped).toEqual(SPACER_LINES.map((line) => ({ line, text: '\u00a0', reason: 'spacer' })));
  });

  it('leaves no spacer in the output', () => {
    expect(article.markdown).not.toContain('\u00a0');
    expect(article.markdown.toLowerCase()).not.toContain('&#xa0;');
    expect(article.markdown).not.toMatch(/\n\n\s*\n/u);
    for (const node of article.tree.children) expect(textOf(node).trim()).not.toBe('');
  });
});

describe('parseArticle: lost links', () => {
  it('makes no links at all', () => {
    for (const node of article.tree.children) {
      walk(node, (n) => expect(['link', 'linkReference', 'definition']).not.toContain(n.type));
    }
    expect(article.markdown).not.toContain('](');
    expect(article.markdown).not.toMatch(/(?<!\\)\[/u);
  });

  it('keeps the sentences whose targets were lost, as plain text', () => {
    expect(article.lostLinks).toEqual([
      { line: 13, text: 'Find more information on the summit website.' },
      { line: 23, text: 'You can find the video of the presentation here.' },
      { line: 29, text: 'You can find the video of the presentation here.' },
      { line: 45, text: 'You can find the video and the slides of the presentation here.' },
      { line: 53, text: 'You can find the video and the slides of the presentation here.' },
      { line: 67, text: 'You can find the video and the slides of the presentation here.' },
      { line: 91, text: 'You can find the video and the slides of the presentation here.' },
    ]);
    expect(article.markdown.split('\n').filter((l) => l === 'You can find the video of the presentation here.')).toHaveLength(2);
  });
});

describe('parseArticle: Markdown', () => {
  it('escapes Markdown characters of the source', () => {
    // Line 63: "… during the Q&A session …"
    expect(article.markdown).toContain('Q\\&A session');
    const synthetic = parseArticle(
      'T\n\n*not emphasis* and [not a link](x) <b>x</b>.\n\n1. Not a list, but a sentence.\n\n  • item with _under_ score',
    );
    expect(synthetic.markdown).toBe(
      '\\*not emphasis\\* and \\[not a link]\\(x) \\<b>x\\</b>.\n\n1\\. Not a list, but a sentence.\n\n- item with \\_under\\_ score\n',
    );
  });
});

describe('parseArticle: mentions', () => {
  it('finds every "Title (Speaker)" talk', () => {
    expect(article.mentions).toEqual([
      { title: 'Kafka on Kubernetes: Keeping It Simple', speaker: 'Nikki Thean', line: 35 },
      {
        title: 'Mission-Critical, Real-Time Fault-Detection for NASA’s Deep Space Network using Apache Kafka',
        speaker: 'Rishi Verma',
        line: 49,
      },
      { title: 'Cross the Streams Thanks to Kafka and Flink', speaker: 'Christophe Philemotte', line: 59 },
      { title: 'Please Upgrade Apache Kafka. Now.', speaker: 'Gwen Shapira', line: 75 },
    ]);
  });
});

/*
 * Sessions hand-copied from the listings (title, speakers, affiliations, first sentence
 * of the description); ids are made up for the test. SF = seed 004, LDN = 001, KS20 = 000.
 */
const SF = 'kafka-summit-san-francisco-2019';
const LDN = 'kafka-summit-london-2019';
const KS20 = 'kafka-summit-2020';

const SESSIONS: SessionRef[] = [
  {
    id: 'sf-needs-no-keeper', summit: SF, title: 'Kafka Needs no Keeper',
    speakers: ['Jason Gustafson', 'Colin McCabe'], affiliations: ['Confluent'],
    description: 'We have been served well by Zookeeper over the years, but it is time for Kafka to stand on its own.',
  },
  {
    id: 'sf-please-upgrade', summit: SF, title: 'Please Upgrade Apache Kafka. Now.',
    speakers: ['Gwen Shapira'], affiliations: ['Confluent'],
    description: 'Upgrades suck.',
  },
  {
    id: 'sf-untitled-operator', summit: SF, title: null, speakers: [], affiliations: [],
    description:
      'When it comes to choosing a distributed streaming platform for real-time data pipelines, everyone knows the answer - Apache Kafka!',
  },
  {
    id: 'sf-untitled-step-one', summit: SF, title: null, speakers: [], affiliations: [],
    description: 'Getting Kafka running on Kubernetes is only step one of a journey to create a production-ready Kafka cluster.',
  },
  {
    id: 'sf-untitled-cloud-migration', summit: SF, title: null, speakers: [], affiliations: [],
    description: "Cloud migration: it's practically a rite of passage for anyone who's built infrastructure on bare metal.",
  },
  {
    id: 'sf-untitled-nasa', summit: SF, title: null, speakers: [], affiliations: [],
    description:
      "NASA's Deep Space Network (DSN) operates spacecraft communication links for NASA deep-space spacecraft missions, including the Curiosity Rover, the Voyager twin spacecraft, Galileo, New Horizons, etc., and has done so reliably for over fifty years.",
  },
  {
    id: 'sf-untitled-tesla', summit: SF, title: null, speakers: [], affiliations: [],
    description:
      'Tesla ingests trillions of events every day from hundreds of unique data sources through our streaming data platform.',
  },
  {
    id: 'ldn-kubernetes-guide', summit: LDN, title: 'Running Kafka in Kubernetes: A Practical Guide',
    speakers: ['Katherine Stanley'], affiliations: ['IBM United Kingdom'],
    description:
      'The rise of Apache Kafka as the de facto standard for event streaming has coincided with the rise of Kubernetes for cloud-native applications.',
  },
  {
    id: 'ks20-citigroup', summit: KS20, title: 'Q&A with Citigroup | Kafka Summit 2020 Keynote',
    speakers: ['Leon Stiel', 'Jun Rao'], affiliations: ['Citigroup', 'Confluent'],
    description:
      'Join Confluent co-founder Jun Rao as he talks with Leon Stiehl of Citi about why and how Kafka is at the epicenter of seismic change in the way big banks and financial institutions think about data.',
  },
];

/*
 * The Kafka-specific words are data now (content/series/kafka-summit.yaml `commonWords`),
 * and so is the page-suffix name: the tests pass them as the link stage does.
 */
const seriesFile = join(SEED_CONTENT, 'series/kafka-summit.yaml');
const series = parseYamlFile(seriesFile, readFileSync(seriesFile, 'utf8'), SeriesSchema, 'help');
if (!series.ok) throw new Error(series.issues.map(String).join('\n'));
const COMMON_WORDS = series.data.commonWords;
const KAFKA: ResolveOptions = { pageNames: [series.data.name], commonWords: COMMON_WORDS };

describe('the Kafka Summit series data', () => {
  it('names the series and lists the words every Kafka talk uses', () => {
    expect(series.data.name).toBe('Kafka Summit');
    expect(COMMON_WORDS).toEqual('kafka apache confluent stream streams streaming data event events platform real time'.split(' '));
  });
});

describe('resolveMentions: the Key Takeaways article', () => {
  /*
   * Resolution table, by hand from reading the article and the three listings:
   * - "Kafka on Kubernetes: Keeping It Simple" (Nikki Thean): no such title in any
   *   listing (grep -i 'keeping it simple' → nothing). SF has several untitled
   *   Kubernetes sessions; the one the article's prose points at ("Etsy’s Cloud
   *   Migration") is probably "Cloud migration: it's practically a rite of passage…",
   *   but neither the title nor the speaker plainly matches it → unresolved.
   * - "Mission-Critical, Real-Time Fault-Detection for NASA’s Deep Space Network using
   *   Apache Kafka" (Rishi Verma): not titled anywhere; SF's untitled session "NASA's
   *   Deep Space Network (DSN) operates spacecraft communication links…" → candidate.
   * - "Cross the Streams Thanks to Kafka and Flink" (Christophe Philemotte): no session
   *   mentions Flink, Philemotte, digazu or EURA NOVA in any listing → unresolved.
   * - "Please Upgrade Apache Kafka. Now." (Gwen Shapira): SF, Core Kafka, same title → resolved.
   */
  const results = resolveMentions(article.mentions, SESSIONS, { ...KAFKA, summit: SF });

  it('resolves, proposes or gives up on each named talk', () => {
    expect(results.map((r) => [r.status, 'sessionId' in r ? r.sessionId : null])).toEqual([
      ['unresolved', null],
      ['candidate', 'sf-untitled-nasa'],
      ['unresolved', null],
      ['resolved', 'sf-please-upgrade'],
    ]);
  });

  it('says why a candidate is one', () => {
    const nasa = results[1];
    expect(nasa?.status === 'candidate' && nasa.reason).toMatch(/untitled session; description repeats "nasa deep space"/u);
  });

  it('gives the same answer without a summit hint', () => {
    expect(resolveMentions(article.mentions, SESSIONS, KAFKA)).toEqual(results);
  });
});

describe('resolveMentions: rules', () => {
  it('matches titles across case, punctuation, quotes and whitespace', () => {
    const sessions: SessionRef[] = [
      { id: 'a', summit: SF, title: "What's the time? ...and why?", speakers: [], affiliations: [], description: '' },
    ];
    expect(resolveMentions([{ title: 'WHAT’S  the time… and why', speaker: 'Matthias Sax' }], sessions, KAFKA)).toEqual([
      { status: 'resolved', sessionId: 'a' },
    ]);
  });

  it('ignores the "| Kafka Summit … Keynote" page suffix of a listing title', () => {
    expect(resolveMentions([{ title: 'Q&A with Citigroup', speaker: 'Jun Rao' }], SESSIONS, KAFKA)).toEqual([
      { status: 'resolved', sessionId: 'ks20-citigroup' },
    ]);
  });

  it('strips the page suffix only for the names it is given', () => {
    const mention = [{ title: 'Q&A with Citigroup', speaker: 'Jun Rao' }];
    expect(resolveMentions(mention, SESSIONS, { ...KAFKA, pageNames: ['Kafka Summit 2020'] })).toEqual([
      { status: 'resolved', sessionId: 'ks20-citigroup' },
    ]);
    expect(resolveMentions(mention, SESSIONS, { ...KAFKA, pageNames: [] })).toEqual([{ status: 'unresolved' }]);
    expect(resolveMentions(mention, SESSIONS, { ...KAFKA, pageNames: ['Some Other Summit'] })).toEqual([{ status: 'unresolved' }]);
  });

  it('does not resolve a merely similar title', () => {
    expect(resolveMentions([{ title: 'Running Kafka on Kubernetes', speaker: 'Katherine Stanley' }], SESSIONS, KAFKA)).toEqual([
      { status: 'unresolved' },
    ]);
  });

  it('prefers the article summit when the same title exists twice', () => {
    const sessions: SessionRef[] = [
      { id: 'ldn', summit: LDN, title: 'Kafka Needs no Keeper', speakers: [], affiliations: [], description: '' },
      { id: 'sf', summit: SF, title: 'Kafka Needs no Keeper', speakers: [], affiliations: [], description: '' },
    ];
    const mention = [{ title: 'Kafka Needs No Keeper', speaker: 'Colin McCabe' }];
    expect(resolveMentions(mention, sessions, { ...KAFKA, summit: SF })).toEqual([{ status: 'resolved', sessionId: 'sf' }]);
    expect(resolveMentions(mention, sessions, KAFKA)).toEqual([{ status: 'resolved', sessionId: 'ldn' }]);
  });

  it('proposes an untitled session whose description names the speaker and the subject', () => {
    const sessions: SessionRef[] = [
      {
        id: 'u', summit: SF, title: null, speakers: [], affiliations: [],
        description: 'Ada Lovelace shows how tiered storage changes retention.',
      },
    ];
    const [result] = resolveMentions([{ title: 'Tiered Storage in Practice', speaker: 'Ada Lovelace' }], sessions, KAFKA);
    expect(result).toEqual({
      status: 'candidate',
      sessionId: 'u',
      reason: 'untitled session; description names Ada Lovelace; shares 2 of 3 title key words (tiered, storage)',
    });
  });

  it('gives up when two untitled sessions match equally well', () => {
    const twin = (id: string): SessionRef => ({
      id, summit: SF, title: null, speakers: [], affiliations: [],
      description: "NASA's Deep Space Network operates mission critical links.",
    });
    expect(resolveMentions([article.mentions[1] ?? { title: '', speaker: '' }], [twin('x'), twin('y')], KAFKA)).toEqual([
      { status: 'unresolved' },
    ]);
  });

  it('never proposes a titled session as a candidate', () => {
    const sessions: SessionRef[] = [
      {
        id: 't', summit: SF, title: 'Something Else', speakers: ['Rishi Verma'], affiliations: ['NASA JPL'],
        description: "NASA's Deep Space Network (DSN) operates mission critical links.",
      },
    ];
    expect(resolveMentions([article.mentions[1] ?? { title: '', speaker: '' }], sessions, KAFKA)).toEqual([
      { status: 'unresolved' },
    ]);
  });

  it('needs a repeated phrase, not just scattered shared words', () => {
    const sessions: SessionRef[] = [
      {
        id: 'u', summit: SF, title: null, speakers: [], affiliations: [],
        description: 'We are building a system that turns information into insight.',
      },
    ];
    const mention = [{ title: 'Building Information Systems using Event Modeling', speaker: 'Adam Dymitruk' }];
    expect(resolveMentions(mention, sessions, KAFKA)).toEqual([{ status: 'unresolved' }]);
  });
});
