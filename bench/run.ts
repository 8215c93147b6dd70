/**
 * `npm run bench`: build the seed archive under the production base and measure it.
 * Writes bench/results/*.json and the figures section of docs/BENCHMARKS.md.
 * A benchmark, not a test: it reports figures against targets and never fails on them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../tests/support/build.ts';
import { ROOT } from '../tests/support/paths.ts';
import { benchSearch } from './search.ts';

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

console.log('building the seed archive…');
rmSync(seedSite, { recursive: true, force: true });
const started = performance.now();
const build = buildSite(seedSite, { SITE_BASE: BASE });
if (build.status !== 0) throw new Error(`seed build failed:\n${build.output.slice(-3000)}`);
const seedBuildMs = Math.round(performance.now() - started);

console.log('measuring search…');
const search = await benchSearch(seedSite, BASE);
const report = { machine, seedBuildMs, search };
writeFileSync(join(results, 'search.json'), `${JSON.stringify(report, null, 2)}\n`);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const section = [
  `Measured on ${machine.date}: ${machine.cpu}, ${machine.memory}, Node ${machine.node}, Astro ${machine.astro}, Pagefind ${machine.pagefind}, ${machine.chromium}.`,
  '',
  '| figure | value | target |',
  '| --- | --- | --- |',
  `| seed archive build (\`astro build\` + Pagefind, whole process) | ${(seedBuildMs / 1000).toFixed(1)} s | < 15 s |`,
  `| first query “${search.query}”, bytes transferred (gzip), all but the HTML page | ${kb(search.searchBytes)} | ≤ 150 KB |`,
  ...Object.entries(search.bytes).map(([kind, bytes]) => `| · ${kind} | ${kb(bytes)} | |`),
  `| deep link \`search/?q=${search.query}\`: navigation start → first result | ${search.deepLinkMs} ms | |`,
  `| loaded search page: submit → first result | ${search.submitMs} ms | |`,
  '',
  `Medians of ${search.runs} runs, each in a fresh browser context (nothing cached), served over loopback with gzip like GitHub Pages. Bytes are response headers + body as transferred, from Chromium's network events (the search worker's requests included).`,
].join('\n');

const docPath = join(ROOT, 'docs/BENCHMARKS.md');
const doc = readFileSync(docPath, 'utf8');
const updated = doc.replace(/<!-- search:start -->[\s\S]*<!-- search:end -->/u, `<!-- search:start -->\n${section}\n<!-- search:end -->`);
writeFileSync(docPath, updated);
console.log(section);
