/**
 * `npm run bench`: build the seed archive under the production base and measure it, then
 * the synthetic archives at scale, Lighthouse scores and a long parser fuzz run.
 * Writes bench/results/*.json and the sections of docs/BENCHMARKS.md.
 * A benchmark, not a test: it reports figures against targets and never fails on them.
 *
 *   npm run bench                         everything (several minutes)
 *   npm run bench -- --only=search,fuzz   some parts: search, scale, lighthouse, fuzz, bounded
 *   npm run bench -- --sizes=1000,5000    other archive sizes for the scale part
 *   npm run bench -- --only=scale --sizes=10000,50000 --section=scale-large
 *                                         write the scale part into another section of the docs
 *   npm run bench -- --skip=profile,rebuild,search
 *                                         leave out the largest archive's profiled build, warm
 *                                         rebuild or search measurement
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../tests/support/build.ts';
import { ROOT } from '../tests/support/paths.ts';
import { parseArgs } from 'node:util';
import { longFuzz } from './fuzz.ts';
import { benchLighthouse, lighthouseMarkdown } from './lighthouse.ts';
import { benchScale, scaleMarkdown, withScaleSection } from './scale.ts';
import { benchSearch } from './search.ts';
import { runBoundedWork, sizeText } from './bounded-work.ts';
import { MAX_CONTRIBUTOR_FILE_BYTES, MAX_MARKDOWN_FILE_BYTES, MAX_SOURCE_FILE_BYTES } from '../src/read/content-tree.ts';

const { values: flags } = parseArgs({ options: { only: { type: 'string' }, sizes: { type: 'string' }, 'fuzz-runs': { type: 'string' }, section: { type: 'string' }, skip: { type: 'string' } } });
const skip = new Set((flags.skip ?? '').split(',').filter(Boolean));
const parts = new Set((flags.only ?? 'search,scale,lighthouse,fuzz,bounded').split(','));
const docPath = join(ROOT, 'docs/BENCHMARKS.md');
/** Replace the text between `<!-- name:start -->` and `<!-- name:end -->` in docs/BENCHMARKS.md. */
function writeSection(name: string, section: string): void {
  const doc = readFileSync(docPath, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`, 'u');
  writeFileSync(docPath, doc.replace(pattern, () => `<!-- ${name}:start -->\n${section}\n<!-- ${name}:end -->`));
}

const BASE = '/summit-archive/';
const work = join(ROOT, 'bench/.work');
const seedSite = join(work, 'seed-site');
const results = join(ROOT, 'bench/results');
mkdirSync(results, { recursive: true });

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
}

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  astro: packageVersion('astro'),
  pagefind: packageVersion('pagefind'),
  chromium: 'Debian chromium (/usr/bin/chromium)',
};

const stamp = `Measured on ${machine.date}: ${machine.cpu}, ${machine.memory}, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}, ${machine.chromium}.`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (parts.has('search')) {
  console.log('building the seed archive…');
  rmSync(seedSite, { recursive: true, force: true });
  const started = performance.now();
  const build = buildSite(seedSite, { SITE_BASE: BASE });
  if (build.status !== 0) throw new Error(`seed build failed:\n${build.output.slice(-3000)}`);
  const seedBuildMs = Math.round(performance.now() - started);
  console.log('measuring search…');
  const search = await benchSearch(seedSite, BASE);
  writeFileSync(join(results, 'search.json'), `${JSON.stringify({ machine, seedBuildMs, search }, null, 2)}\n`);
  const section = [
    stamp,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| seed archive build (\`npm run build\`: check, \`astro build\`, Pagefind) | ${(seedBuildMs / 1000).toFixed(1)} s | < 15 s |`,
    `| first query “${search.query}”, bytes transferred (gzip) until the first result shows, all but the HTML page | ${kb(search.searchBytesToFirstResult)} | ≤ 150 KB (${search.searchBytesToFirstResult <= 150 * 1024 ? 'met' : '**missed**'}) |`,
    `| · and with the filter index, which loads once the results are shown (everything within 300 ms after) | ${kb(search.searchBytes)} | |`,
    ...Object.entries(search.bytes).map(([kind, bytes]) => `| · ${kind} | ${kb(bytes)} | |`),
    `| deep link \`search/?q=${search.query}\`: navigation start → first result | ${search.deepLinkMs} ms | ≤ 600 ms (${search.deepLinkMs <= 600 ? 'met' : '**missed**'}) |`,
    `| loaded search page: submit → first result | ${search.submitMs} ms | |`,
    '',
    `Medians of ${search.runs} runs, each in a fresh browser context (nothing cached), served over loopback with gzip like GitHub Pages. Bytes are response headers + body as transferred, from Chromium's network events (the search worker's requests included).`,
  ].join('\n');
  writeSection('search', section);
  console.log(section);
}

if (parts.has('scale')) {
  const sizes = flags.sizes ? flags.sizes.split(',').map(Number) : [1000, 5000, 10000];
  console.log(`building synthetic archives of ${sizes.join(', ')} sessions and the minimal-Astro baseline…`);
  const scale = await benchScale(sizes, { progress: true, rebuild: !skip.has('rebuild'), profile: !skip.has('profile'), search: !skip.has('search') });
  const name = flags.section ?? 'scale';
  writeFileSync(join(results, `${name}.json`), `${JSON.stringify(scale, null, 2)}\n`);
  // scaleMarkdown states the machine, date and tree itself.
  const section = scaleMarkdown(scale);
  writeFileSync(docPath, withScaleSection(readFileSync(docPath, 'utf8'), section, name));
  console.log(section);
}

if (parts.has('lighthouse')) {
  console.log('running Lighthouse…');
  const scores = await benchLighthouse();
  writeFileSync(join(results, 'lighthouse.json'), `${JSON.stringify(scores, null, 2)}\n`);
  const section = `${stamp}\n\n${lighthouseMarkdown(scores)}`;
  writeSection('lighthouse', section);
  console.log(section);
}

if (parts.has('fuzz')) {
  const runs = Number(flags['fuzz-runs'] ?? 20_000);
  console.log(`fuzzing the parser (${runs} runs)…`);
  const fuzz = await longFuzz(runs);
  writeFileSync(join(results, 'fuzz.json'), `${JSON.stringify(fuzz, null, 2)}\n`);
  const section = `${stamp}\n\n| property runs | time | failures |\n| --- | --- | --- |\n| ${fuzz.runs} | ${(fuzz.ms / 1000).toFixed(1)} s | ${fuzz.failures} |\n\nThe same properties as \`tests/unit/parser-properties.test.ts\`, with a random seed (printed by the run) instead of the fixed one.`;
  writeSection('fuzz', section);
  console.log(section);
}

if (parts.has('bounded')) {
  console.log('timing npm run check on files filled to their size caps…');
  const bounded = runBoundedWork();
  writeFileSync(join(results, 'bounded-work.json'), `${JSON.stringify({ machine, bounded }, null, 2)}\n`);
  const rows = bounded.map((entry) => `| ${entry.name} | ${(entry.ms / 1000).toFixed(2)} s | ${entry.status === 0 ? 'accepted' : 'rejected with a message'} | ${entry.ms <= 5000 ? 'met' : '**missed**'} |`);
  const section = [
    stamp,
    '',
    '| file (one per run, filled to its cap) | `npm run check`, whole process | outcome | ≤ 5 s |',
    '| --- | ---: | --- | --- |',
    ...rows,
    '',
    `Each run checks the small base fixture plus one hostile file (\`bench/bounded-work.ts\`): ${sizeText(MAX_MARKDOWN_FILE_BYTES)} for Markdown and MDX, ${sizeText(MAX_CONTRIBUTOR_FILE_BYTES)} for YAML, ${sizeText(MAX_SOURCE_FILE_BYTES)} for a listing; the time includes starting Node and reading the rest of the content.`,
  ].join('\n');
  writeSection('bounded', section);
  console.log(section);
}
