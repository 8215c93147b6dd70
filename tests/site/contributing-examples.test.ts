/**
 * A contributor's pull request, as CONTRIBUTING.md teaches it, goes green. Each worked example
 * (a correction of an untitled title, a video link, a new MDX session, merging two spellings,
 * a description fix, a speaker profile) and a new summit folder is applied to a copy of the archive's content:
 * each alone passes `npm run check`; all together pass the check and the build, and the built
 * site keeps every invariant of valid content (tests/support/invariants.ts).
 *
 * This is what check.yml runs on such a pull request: the other tests never read the content
 * folder (tests/site/live-content.test.ts guards that), and content changes no type.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';
import { buildSite } from '../support/build.ts';
import { load } from '../support/dist.ts';
import { invariantViolations } from '../support/invariants.ts';
import { ROOT, TEST_BASE } from '../support/paths.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const WORK = join(ROOT, `tests/.output/contributing-examples-${process.pid}`);
const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const blocks = (info: string) => [...guide.matchAll(new RegExp(`\`\`\`${info}\\n([\\s\\S]*?)\`\`\``, 'gu'))].map((match) => match[1]!);

/** A change as a pull request makes it: files to write, or to append to. */
interface Change {
  name: string;
  apply: (content: string) => void;
}

const yamlBlocks = blocks('yaml');
const corrections = yamlBlocks.filter((text) => Object.keys(parse(text) as object).every((key) => key.includes('/')));
const aliasBlock = yamlBlocks.find((text) => 'people' in (parse(text) as object))!;
const distinctBlock = yamlBlocks.find((text) => !('people' in (parse(text) as object)) && 'distinct' in (parse(text) as object))!;
const mdx = blocks('mdx')[0]!;
const profile = blocks('md')[0]!;

function appendCorrection(content: string, text: string): void {
  const summit = Object.keys(parse(text) as object)[0]!.split('/')[0]!;
  appendFileSync(join(content, 'summits', summit, 'corrections.yaml'), `\n${text}`);
}

function write(content: string, path: string, text: string): void {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
}

const CHANGES: Change[] = [
  { name: 'worked example 1: fix an untitled session\'s title', apply: (content) => appendCorrection(content, corrections[0]!) },
  { name: 'worked example 2: add a video link', apply: (content) => appendCorrection(content, corrections[1]!) },
  { name: 'worked example 3: add a session', apply: (content) => write(content, 'sessions/event-streaming-in-the-wild.mdx', mdx) },
  {
    name: 'worked example 4: merge two spellings, and record a distinct pair',
    apply: (content) => write(content, 'speakers/aliases.yaml', `${aliasBlock.replace(/^distinct: \[\]\n?/mu, '')}${distinctBlock}`),
  },
  { name: 'worked example 5: fix a description\'s text', apply: (content) => appendCorrection(content, corrections[2]!) },
  { name: 'a speaker profile', apply: (content) => write(content, 'speakers/profiles/kate-stanley.md', profile) },
  {
    name: 'a contributed session with a recording link, Markdown links and a component',
    apply: (content) =>
      write(
        content,
        'sessions/streams-and-tables-in-practice.mdx',
        [
          '---',
          'summit: kafka-summit-2020',
          'track: lightning',
          'title: Streams and Tables in Practice',
          'speakers:',
          '  - name: Gwen Shapira',
          '    affiliation: Confluent',
          '  - name: Ada Example',
          '    affiliation: Example Corp',
          'links:',
          '  video: https://www.youtube.com/watch?v=example123',
          'provenance: Test fixture.',
          '---',
          '',
          'A contributed session about **streams and tables**; see [Gwen Shapira](/speakers/gwen-shapira/).',
          '',
          '<Slides url="https://example.org/slides.pdf" title="The slides" />',
          '',
        ].join('\n'),
      ),
  },
  {
    name: 'a new summit folder',
    apply: (content) => {
      write(content, 'summits/kafka-summit-europe-2021/summit.yaml', 'name: Kafka Summit Europe 2021\nseries: kafka-summit\nyear: 2021\ncity: null\ntagline: null\ntracks:\n  - heading: Keynotes\n    name: Keynotes\n');
      write(
        content,
        'summits/kafka-summit-europe-2021/listing.txt',
        'Kafka Summit Europe 2021\n\nKeynotes\n\n  • Streams for Everyone\n\n    Jane Doe, Acme Corp\n\n    View Description\n\n    An opening keynote about event streaming for every team.\n',
      );
    },
  },
];

function fresh(name: string): string {
  const content = join(WORK, name, 'content');
  rmSync(join(WORK, name), { recursive: true, force: true });
  cpSync(SEED_CONTENT, content, { recursive: true });
  return content;
}

function check(content: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('CONTRIBUTING.md, applied', () => {
  it('has the examples this test applies', () => {
    expect(corrections).toHaveLength(3);
    expect(aliasBlock).toBeDefined();
    expect(distinctBlock).toBeDefined();
  });

  it.each(CHANGES.map((change) => [change.name, change] as const))('%s passes npm run check on its own', (_, change) => {
    const content = fresh(change.name.replace(/\W+/gu, '-'));
    change.apply(content);
    const result = check(content);
    expect(result.status, result.output).toBe(0);
  }, 60_000);

  it('all together: check, build, and every invariant of valid content', async () => {
    const content = fresh('all');
    for (const change of CHANGES) change.apply(content);
    expect(check(content).status).toBe(0);
    const out = join(WORK, 'site');
    rmSync(out, { recursive: true, force: true });
    const result = buildSite(out, { CONTENT_DIR: content });
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const { archive } = await loadArchive({ root: ROOT, contentDir: content });
    expect(invariantViolations(out, TEST_BASE, archive!)).toEqual([]);
    // What the examples promise readers.
    const linked = load(join(out, 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/index.html'));
    expect(linked('dl.facts .media-card').text()).toContain('Watch the recording');
    expect(linked('aside.correction dd').text()).toBe("The deck's page names this talk at Kafka Summit 2020 and the speaker.");
    expect(readFileSync(join(out, 'sessions/kafka-summit-2020/event-streaming-in-the-wild/index.html'), 'utf8')).toContain('Events are facts.');
    expect(readFileSync(join(out, 'summits/kafka-summit-europe-2021/index.html'), 'utf8')).toContain('Streams for Everyone');
    const corrected = load(join(out, 'sessions/kafka-summit-london-2019/do-you-wonder-how-to-cope-with-the-right-to-be-forgotten/index.html'));
    expect(corrected('.description').text()).toContain('(à la service-mesh)');
    expect(corrected('.correction .original-description').text()).toContain('(Ã la service-mesh)');

    // A contributed session has its own page, rendered through the session template with the allowed components…
    const $ = load(join(out, 'sessions/kafka-summit-2020/streams-and-tables-in-practice/index.html'));
    expect($('h1').text()).toBe('Streams and Tables in Practice');
    expect($('.description strong').text()).toBe('streams and tables');
    expect($('.description a').first().attr('href')).toBe('/summit-archive/speakers/gwen-shapira/');
    expect($('.description .media-link a').attr('href')).toBe('https://example.org/slides.pdf');
    expect($('dl.facts a[href="https://www.youtube.com/watch?v=example123"]').text()).toBe('Watch the recording');
    expect($('.edit-links a').attr('href')).toMatch(/\/edit\/main\/(.+\/)?content\/sessions\/streams-and-tables-in-practice\.mdx$/u);
    // …and appears on its summit, track and speaker pages and in the data export, last of its track.
    const link = 'a[href="/summit-archive/sessions/kafka-summit-2020/streams-and-tables-in-practice/"]';
    expect(load(join(out, 'summits/kafka-summit-2020/index.html'))(link)).toHaveLength(1);
    expect(load(join(out, 'summits/kafka-summit-2020/lightning/index.html'))(link)).toHaveLength(1);
    expect(load(join(out, 'speakers/gwen-shapira/index.html'))(link)).toHaveLength(1);
    expect(load(join(out, 'speakers/ada-example/index.html'))(link)).toHaveLength(1);
    const sessions = JSON.parse(readFileSync(join(out, 'data/sessions.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(sessions.find((entry) => entry.id === 'kafka-summit-2020/streams-and-tables-in-practice')).toMatchObject({ origin: 'contribution', track: 'lightning', titleSource: 'source', links: { video: 'https://www.youtube.com/watch?v=example123' } });
    const summits = JSON.parse(readFileSync(join(out, 'data/summits.json'), 'utf8')) as Array<{ id: string; tracks: Array<{ id: string; sessions: string[] }> }>;
    expect(summits.find((summit) => summit.id === 'kafka-summit-2020')!.tracks.find((track) => track.id === 'lightning')!.sessions.at(-1)).toBe('kafka-summit-2020/streams-and-tables-in-practice');
    rmSync(WORK, { recursive: true, force: true });
  }, 240_000);
});
