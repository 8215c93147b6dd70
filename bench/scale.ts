/**
 * Scale benchmark ("Prove it at scale"): build synthetic archives of 1,000 / 5,000 /
 * 10,000 sessions (bench/generate.ts) and, for each, a minimal Astro site with the same
 * number of pages (bench/baseline/), and report
 * - total build wall time, split into load/parse (content sync), render and Pagefind;
 * - ms per page, peak RSS of the whole process tree, CPU time;
 * - dist/ size and Pagefind index size, and the ratio to the baseline's time;
 * - the page-weight budget over the seed build and the first (smallest) synthetic build;
 * - whether each step's cost grows linearly with the number of sessions;
 * - the targets, met or missed, with the figures.
 *
 * `benchScale(sizes)` returns the figures; `scaleMarkdown(result)` renders the section of
 * docs/BENCHMARKS.md between `<!-- scale:start -->` and `<!-- scale:end -->`, and
 * `withScaleSection(doc, section)` puts it there. Run alone:
 *   node bench/scale.ts [sizes…] [--snapshot]   (default 1000 5000 10000)
 * which writes bench/results/scale.json and bench/results/scale.md, and leaves the docs alone.
 *
 * Everything it builds goes under bench/.work/ (scale-seed/, scale-<n>/, baseline/).
 * A benchmark, not a test: it reports targets and never fails on them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { baselineCommand, prepareBaseline, PROJECT_ROOT } from './baseline/site.ts';
import { generateArchive, DEFAULT_SEED } from './generate.ts';
import { cpuBetween, parsePhases, runMeasured, type BuildPhases, type MeasuredRun, type OutputLine } from './measure.ts';
import { measurePageWeight, PAGE_BUDGET_BYTES, type PageWeightReport } from './page-weight.ts';
import { summarizeProfile, type ProfileSummary } from './profile.ts';
import { benchSearch, type SearchBenchResult } from './search.ts';

const BASE = '/summit-archive/';
const WORK = join(PROJECT_ROOT, 'bench/.work');

/** Targets (issues 8 and 15). */
export const TARGETS = {
  ratioToBaseline: 2,
  /** What issue 15 aims for, below the target. */
  ratioAim: 1.5,
  peakRssBytes: 1.5 * 1024 ** 3,
  /** A rebuild after one changed correction, with the previous build's content store, against a cold build of the same content. */
  warmRatio: 0.4,
  /** First-query transfer of a search on the largest archive. */
  searchBytesAtScale: 300 * 1024,
  seedBuildMs: 15_000,
  pageGzipBytes: PAGE_BUDGET_BYTES,
  jsBytesOutsideSearch: 0,
  /** A step is called super-linear when its cost per session grows more than this from the smallest to the largest size. */
  perSessionGrowth: 1.25,
} as const;

export interface BuildFigures {
  status: number | null;
  outDir: string;
  wallMs: number;
  cpuMs: number;
  meanLoad: number;
  peakRssBytes: number;
  peakBreakdown: Record<string, number>;
  maxRssByCommand: Record<string, number>;
  phases: BuildPhases;
  /** CPU time of the process tree within each step's window (robust to a busy machine, unlike wall time). */
  cpu: { contentSyncMs: number | null; renderMs: number | null; pagefindMs: number | null };
  /** HTML pages written (Pagefind's folder excepted). */
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  /** The last lines of output when the build failed. */
  failure: string | null;
  /** The commit (and uncommitted changes) the build ran on: the tree may move during a long run. */
  tree: string;
  /** The build's output without its per-page lines, with arrival times (ms), for re-reading. */
  log: string[];
}

export interface ScaleRow {
  sessions: number;
  summits: number;
  tracks: number;
  speakers: number;
  listingBytes: number;
  generateMs: number;
  archive: BuildFigures;
  baseline: BuildFigures;
  /** Archive wall time / pages built. */
  msPerPage: number | null;
  /** Archive wall time / baseline wall time, same page count. */
  ratioToBaseline: number;
  /** The same ratio over CPU time (less sensitive to a busy machine). */
  cpuRatioToBaseline: number;
}

export interface LinearityStep {
  step: string;
  /** Ms at each size, in the order of `sizes` (null where the build did not report it). */
  ms: Array<number | null>;
  perSessionMs: Array<number | null>;
  /** Per-session cost at the largest size / at the smallest. */
  growth: number | null;
  /** Ms per extra session between consecutive sizes (marginal cost). */
  marginalMs: Array<number | null>;
  /** Least-squares fit ms ≈ intercept + slope × sessions, and its R². */
  fit: { interceptMs: number; slopeMs: number; r2: number } | null;
  /** Slope of log(ms) against log(sessions): 1 is linear, 2 quadratic. */
  exponent: number | null;
  /**
   * linear: cost per session grew ≤ 25% from the smallest to the largest size;
   * super-linear: it grew more, and so did the marginal cost (ms per extra session) from
   * the first interval to the last; inconclusive: the average grew but the marginal cost
   * did not (one noisy point on a shared machine looks like this).
   */
  verdict: 'linear' | 'super-linear' | 'inconclusive';
  superLinear: boolean;
}

export interface TargetCheck {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

export interface ScaleResult {
  machine: Record<string, string>;
  sizes: number[];
  seed: BuildFigures & { sessions: number | null };
  rows: ScaleRow[];
  pageWeight: Array<{ build: string; report: PageWeightReport }>;
  linearity: LinearityStep[];
  superLinearSteps: string[];
  /** Steps whose cost per session grew more than 25% while their marginal cost did not. */
  inconclusiveSteps: string[];
  /** The largest archive rebuilt after one changed correction, with and without the previous build's content store. */
  rebuild: RebuildFigures | null;
  /** Where the largest archive's build spends its CPU time (a separate, profiled build). */
  profile: (ProfileSummary & { sessions: number; pagefindReadMs: number | null; pagefindWriteMs: number | null }) | null;
  /** Search on the largest archive, measured as on the seed. */
  search: (SearchBenchResult & { sessions: number }) | null;
  targets: TargetCheck[];
}

export interface RebuildFigures {
  sessions: number;
  /** The correction that changed: which session, and what. */
  change: string;
  warm: BuildFigures;
  cold: BuildFigures;
  /** warm / cold, wall time and CPU time. */
  ratio: number;
  cpuRatio: number;
  /** The two sites compared file by file. */
  files: number;
  differing: string[];
}

export interface ScaleOptions {
  /** Print progress (key build lines) to stderr. */
  progress?: boolean;
  /** Generator seed. */
  seed?: number;
  /**
   * Build a `git archive` snapshot of HEAD (in bench/.work/tree-<commit>/) instead of the
   * working tree, so that every build of a long run measures the same code even while
   * someone keeps editing the checkout. Default: the working tree.
   */
  snapshot?: boolean;
  /** Set by benchScale: the project root the archive builds run in. */
  root?: string;
  /** For the largest archive: a warm rebuild after one changed correction (default true). */
  rebuild?: boolean;
  /** For the largest archive: a separate build under the CPU profiler (default true). */
  profile?: boolean;
  /** For the largest archive: the search benchmark (default true). */
  search?: boolean;
}

/**
 * Extract HEAD with `git archive` into bench/.work/tree-<commit>/ (once per commit). It sits
 * inside the project, so its imports resolve from the project's node_modules; Astro's
 * caches go to its own node_modules/.astro.
 */
export function snapshotHead(): { root: string; commit: string } {
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  const root = join(WORK, `tree-${commit.slice(0, 12)}`);
  if (!existsSync(join(root, 'astro.config.mjs'))) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', commit], { cwd: PROJECT_ROOT, maxBuffer: 1024 ** 3 });
    execFileSync('tar', ['-x', '-C', root], { input: tar });
    // Keep test files out of reach of test runners that glob the project.
    rmSync(join(root, 'tests'), { recursive: true, force: true });
  }
  return { root, commit };
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function gitState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return dirty > 0 ? `${head} + ${dirty} uncommitted change(s)` : head;
  } catch {
    return 'unknown';
  }
}

function directoryBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        bytes += statSync(path).size;
        files += 1;
      }
    }
  };
  try {
    walk(dir);
  } catch {
    // A failed build may leave no folder.
  }
  return { bytes, files };
}

function countHtml(dir: string): number {
  let count = 0;
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' || current !== dir) walk(join(current, entry.name));
      } else if (entry.name.endsWith('.html')) count += 1;
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return count;
}

const KEY_LINE = /Syncing content|Synced content|parsed \d+ summit|\d+ entries: |read \d+ content files|generating static routes|Completed in|indexed \d+ pages|page\(s\) built|error|Error/u;

function progress(label: string, enabled: boolean): ((line: OutputLine) => void) | undefined {
  if (!enabled) return undefined;
  return (line) => {
    if (KEY_LINE.test(line.text)) process.stderr.write(`  [${label} +${(line.at / 1000).toFixed(1)}s] ${line.text.trim()}\n`);
  };
}

function figuresOf(run: MeasuredRun, outDir: string, tree: string): BuildFigures {
  const phases = parsePhases(run.lines);
  const dist = directoryBytes(outDir);
  const pagefind = directoryBytes(join(outDir, 'pagefind'));
  return {
    status: run.status,
    outDir,
    wallMs: Math.round(run.wallMs),
    cpuMs: Math.round(run.cpuMs),
    meanLoad: Math.round(run.meanLoad * 100) / 100,
    peakRssBytes: run.peakRssBytes,
    peakBreakdown: run.peakBreakdown,
    maxRssByCommand: run.maxRssByCommand,
    phases,
    cpu: {
      contentSyncMs: cpuBetween(run.cpuSamples, phases.windows.contentSync),
      renderMs: cpuBetween(run.cpuSamples, phases.windows.render),
      pagefindMs: cpuBetween(run.cpuSamples, phases.windows.pagefind),
    },
    htmlPages: countHtml(outDir),
    distBytes: dist.bytes,
    pagefindBytes: pagefind.bytes,
    tree,
    failure: run.status === 0 ? null : run.output.split('\n').slice(-60).join('\n'),
    log: run.lines.filter((line) => line.text.trim() !== '' && !/[├└]─ /u.test(line.text)).map((line) => `${Math.round(line.at)} ${line.text}`),
  };
}

/** `npm run build` of the project at `root`: check, `astro build`, then the search index. */
export function buildScript(root: string): string {
  return join(root, 'scripts/build.ts');
}

function buildEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: BASE, SITE_URL: 'https://example.github.io', ...extra };
  if (!('CONTENT_DIR' in extra)) delete env.CONTENT_DIR;
  return env;
}

export interface ArchiveBuildOptions {
  /**
   * Astro's cache folder (its content store) for this build. Default: a fresh one beside
   * `outDir`, emptied first, so the build is cold and no other build can touch its store.
   */
  cacheDir?: string;
  /** Keep what `cacheDir` holds (a warm rebuild). */
  keepCache?: boolean;
  /** Extra NODE_OPTIONS for every Node process of the build (a CPU profile). */
  nodeOptions?: string;
}

/** `npm run build` of the archive (the seed content, or `contentDir`) into `outDir`, measured. */
export async function measureArchiveBuild(outDir: string, contentDir: string | null, options: ScaleOptions = {}, build: ArchiveBuildOptions = {}): Promise<BuildFigures> {
  rmSync(outDir, { recursive: true, force: true });
  const cacheDir = build.cacheDir ?? `${outDir}.cache`;
  if (!build.keepCache) rmSync(cacheDir, { recursive: true, force: true });
  const root = options.root ?? PROJECT_ROOT;
  const tree = root === PROJECT_ROOT ? gitState() : `snapshot ${root.split('tree-').at(-1)}`;
  const run = await runMeasured([buildScript(root)], {
    cwd: root,
    env: buildEnv({ OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, ...(contentDir ? { CONTENT_DIR: contentDir } : {}), ...(build.nodeOptions ? { NODE_OPTIONS: build.nodeOptions } : {}) }),
    ...(options.progress ? { echo: progress(contentDir ? 'archive' : 'seed', true)! } : {}),
  });
  return figuresOf(run, outDir, tree);
}

/** The minimal Astro site with `pages` trivial pages, built into `outDir`, measured. */
export async function measureBaselineBuild(pages: number, outDir: string, options: ScaleOptions = {}): Promise<BuildFigures> {
  rmSync(outDir, { recursive: true, force: true });
  // The baseline does not run the project's code, so its tree does not matter.
  const tree = 'baseline';
  const root = prepareBaseline();
  const command = baselineCommand(root, pages, outDir);
  const run = await runMeasured(command.args, {
    cwd: command.cwd,
    env: buildEnv(command.env),
    ...(options.progress ? { echo: progress('baseline', true)! } : {}),
  });
  return figuresOf(run, outDir, tree);
}

// ---------------------------------------------------------------------------------------
// Linearity

function leastSquares(xs: number[], ys: number[]): { intercept: number; slope: number; r2: number } {
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
    syy += (ys[i]! - meanY) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: meanY - slope * meanX, slope, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

export function linearityOf(step: string, sizes: readonly number[], ms: ReadonlyArray<number | null>): LinearityStep {
  const perSessionMs = ms.map((value, index) => (value === null ? null : value / sizes[index]!));
  const marginalMs = ms.slice(1).map((value, index) => {
    const previous = ms[index];
    return value === null || previous === null || previous === undefined ? null : (value - previous) / (sizes[index + 1]! - sizes[index]!);
  });
  const known = sizes.map((size, index) => ({ size, value: ms[index] })).filter((entry): entry is { size: number; value: number } => entry.value !== null && entry.value !== undefined);
  const first = perSessionMs[0];
  const last = perSessionMs[perSessionMs.length - 1];
  const growth = first && last && first > 0 ? last / first : null;
  const fit = known.length >= 2 ? leastSquares(known.map((entry) => entry.size), known.map((entry) => entry.value)) : null;
  const positive = known.filter((entry) => entry.value > 0);
  const firstMarginal = marginalMs[0];
  const lastMarginal = marginalMs[marginalMs.length - 1];
  const marginalRises = marginalMs.length < 2 || (firstMarginal != null && lastMarginal != null && lastMarginal > firstMarginal * TARGETS.perSessionGrowth);
  const verdict = growth === null || growth <= TARGETS.perSessionGrowth ? 'linear' : marginalRises ? 'super-linear' : 'inconclusive';
  const exponent = positive.length >= 2 ? leastSquares(positive.map((entry) => Math.log(entry.size)), positive.map((entry) => Math.log(entry.value))).slope : null;
  return {
    step,
    ms: [...ms],
    perSessionMs,
    growth,
    marginalMs,
    fit: fit ? { interceptMs: fit.intercept, slopeMs: fit.slope, r2: fit.r2 } : null,
    exponent,
    verdict,
    superLinear: verdict === 'super-linear',
  };
}

// ---------------------------------------------------------------------------------------
// The benchmark

export async function benchScale(sizes: readonly number[] = [1000, 5000, 10000], options: ScaleOptions = {}): Promise<ScaleResult> {
  const say = (message: string) => {
    if (options.progress) process.stderr.write(`${message}\n`);
  };
  mkdirSync(WORK, { recursive: true });
  let tree = gitState();
  if (options.snapshot) {
    const snapshot = snapshotHead();
    options = { ...options, root: snapshot.root };
    tree = `${snapshot.commit.slice(0, 7)} (git archive snapshot of HEAD, uncommitted changes excluded)`;
  }
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    cores: String(cpus().length),
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    tree,
    generatorSeed: String(options.seed ?? DEFAULT_SEED),
  };

  // Warm Vite's dependency cache for the baseline so its first measured build is not also its first run.
  say('warming up the baseline…');
  await measureBaselineBuild(10, join(WORK, 'baseline/warmup-dist'));

  // And the archive's: a first build in a fresh snapshot also optimises dependencies and generates types.
  say('warming up the archive build (seed, not measured)…');
  await measureArchiveBuild(join(WORK, 'scale-seed/warmup-dist'), null, options);

  say('building the seed archive…');
  const seedOut = join(WORK, 'scale-seed/dist');
  const seed = await measureArchiveBuild(seedOut, null, options);
  const pageWeight: ScaleResult['pageWeight'] = [];
  if (seed.status === 0) pageWeight.push({ build: 'seed archive', report: measurePageWeight(seedOut, BASE) });

  const rows: ScaleRow[] = [];
  for (const sessions of sizes) {
    const folder = join(WORK, `scale-${sessions}`);
    say(`generating ${sessions} sessions…`);
    const generateStarted = performance.now();
    const generated = generateArchive({ sessions, dir: join(folder, 'content'), ...(options.seed !== undefined ? { seed: options.seed } : {}) });
    const generateMs = Math.round(performance.now() - generateStarted);
    say(`building the ${sessions}-session archive (${generated.summits} summits)…`);
    const archive = await measureArchiveBuild(join(folder, 'dist'), generated.dir, options);
    // The budget is checked on every build: list pages (a summit, /speakers/) grow with the archive.
    if (archive.status === 0) pageWeight.push({ build: `${sessions.toLocaleString('en')}-session archive`, report: measurePageWeight(archive.outDir, BASE) });
    const pages = archive.phases.pages ?? archive.htmlPages;
    say(`building the baseline with ${pages} pages…`);
    const baseline = await measureBaselineBuild(pages, join(folder, 'baseline-dist'), options);
    rows.push({
      sessions,
      summits: generated.summits,
      tracks: generated.tracks,
      speakers: archive.phases.speakers ?? generated.speakers,
      listingBytes: generated.listingBytes,
      generateMs,
      archive,
      baseline,
      msPerPage: pages > 0 ? archive.wallMs / pages : null,
      ratioToBaseline: archive.wallMs / baseline.wallMs,
      cpuRatioToBaseline: archive.cpuMs / baseline.cpuMs,
    });
  }

  const last = rows.at(-1);
  const lastOk = last && last.archive.status === 0 ? last : null;
  const lastFolder = lastOk ? join(WORK, `scale-${lastOk.sessions}`) : null;

  let profile: ScaleResult['profile'] = null;
  if (lastOk && lastFolder && options.profile !== false) {
    say(`profiling a build of the ${lastOk.sessions}-session archive (not timed)…`);
    const dir = join(lastFolder, 'profile');
    rmSync(dir, { recursive: true, force: true });
    const profiled = await measureArchiveBuild(join(lastFolder, 'profile-dist'), join(lastFolder, 'content'), options, { nodeOptions: `--cpu-prof --cpu-prof-dir=${dir}` });
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(dir, name)) : [];
    // The Astro process wrote the largest profile (the build script's own is small).
    const astro = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
    const w = profiled.phases.windows;
    const start = w.astroStart ?? 0;
    const shift = (window: [number, number] | null): [number, number] | undefined => (window ? [window[0] - start, window[1] - start] : undefined);
    if (profiled.status === 0 && astro) {
      profile = {
        ...summarizeProfile(astro, options.root ?? PROJECT_ROOT, { 'content sync': shift(w.contentSync)!, render: shift(w.render)! }),
        sessions: lastOk.sessions,
        pagefindReadMs: profiled.phases.pagefindReadMs,
        pagefindWriteMs: profiled.phases.pagefindWriteMs,
      };
    }
    rmSync(join(lastFolder, 'profile-dist'), { recursive: true, force: true });
  }

  let rebuild: RebuildFigures | null = null;
  if (lastOk && lastFolder && options.rebuild !== false) {
    const content = join(lastFolder, 'content');
    const dist = join(lastFolder, 'dist');
    const change = changeOneCorrection(content, dist);
    say(`rebuilding the ${lastOk.sessions}-session archive with its content store, after ${change}…`);
    const warm = await measureArchiveBuild(dist, content, options, { keepCache: true });
    const warmDist = join(lastFolder, 'dist-warm');
    rmSync(warmDist, { recursive: true, force: true });
    if (warm.status === 0) renameSync(dist, warmDist);
    say('building the same content cold, to compare…');
    const cold = await measureArchiveBuild(dist, content, options, { cacheDir: join(lastFolder, 'cold.cache') });
    const compared = warm.status === 0 && cold.status === 0 ? compareTrees(warmDist, dist) : { files: 0, differing: ['a build failed'] };
    rebuild = { sessions: lastOk.sessions, change, warm, cold, ratio: warm.wallMs / cold.wallMs, cpuRatio: warm.cpuMs / cold.cpuMs, ...compared };
    rmSync(warmDist, { recursive: true, force: true });
  }

  let search: ScaleResult['search'] = null;
  if (lastOk && lastFolder && options.search !== false && existsSync(join(lastFolder, 'dist'))) {
    say(`measuring search on the ${lastOk.sessions}-session archive…`);
    search = { ...(await benchSearch(join(lastFolder, 'dist'), BASE)), sessions: lastOk.sessions };
  }

  const ok = rows.filter((row) => row.archive.status === 0);
  const okSizes = ok.map((row) => row.sessions);
  const linearity = [
    linearityOf('load/parse (content sync)', okSizes, ok.map((row) => row.archive.phases.contentSyncMs)),
    linearityOf('· parse (loader figure)', okSizes, ok.map((row) => row.archive.phases.parseMs)),
    linearityOf('render (static routes)', okSizes, ok.map((row) => row.archive.phases.renderMs)),
    linearityOf('Pagefind', okSizes, ok.map((row) => row.archive.phases.pagefindMs)),
    linearityOf('total (wall)', okSizes, ok.map((row) => row.archive.wallMs)),
    linearityOf('total (CPU)', okSizes, ok.map((row) => row.archive.cpuMs)),
    linearityOf('load/parse (CPU)', okSizes, ok.map((row) => row.archive.cpu.contentSyncMs)),
    linearityOf('render (CPU)', okSizes, ok.map((row) => row.archive.cpu.renderMs)),
    linearityOf('Pagefind (CPU)', okSizes, ok.map((row) => row.archive.cpu.pagefindMs)),
    linearityOf('baseline render (same pages)', okSizes, ok.map((row) => row.baseline.phases.renderMs)),
    linearityOf('baseline total (wall)', okSizes, ok.map((row) => row.baseline.wallMs)),
  ];
  const ours = linearity.filter((step) => !step.step.startsWith('baseline'));
  const superLinearSteps = ours.filter((step) => step.verdict === 'super-linear').map((step) => step.step);
  const inconclusiveSteps = ours.filter((step) => step.verdict === 'inconclusive').map((step) => step.step);

  const largest = rows.at(-1);
  const targets: TargetCheck[] = [];
  if (largest) {
    targets.push({
      name: `${largest.sessions.toLocaleString('en')} sessions: \`npm run build\` within 2× the minimal-Astro baseline, wall time (aim 1.5×)`,
      target: `≤ ${TARGETS.ratioToBaseline}×`,
      value: largest.archive.status === 0 ? `${largest.ratioToBaseline.toFixed(2)}× (${seconds(largest.archive.wallMs)} vs ${seconds(largest.baseline.wallMs)})` : 'build failed',
      met: largest.archive.status === 0 ? largest.ratioToBaseline <= TARGETS.ratioToBaseline : false,
    });
    targets.push({
      name: `${largest.sessions.toLocaleString('en')} sessions: the same, CPU time (aim 1.5×)`,
      target: `≤ ${TARGETS.ratioToBaseline}×`,
      value: largest.archive.status === 0 ? `${largest.cpuRatioToBaseline.toFixed(2)}× (${seconds(largest.archive.cpuMs)} vs ${seconds(largest.baseline.cpuMs)})` : 'build failed',
      met: largest.archive.status === 0 ? largest.cpuRatioToBaseline <= TARGETS.ratioToBaseline : false,
    });
    targets.push({
      name: `${largest.sessions.toLocaleString('en')} sessions: peak RSS of the build's process tree`,
      target: '< 1.5 GiB',
      value: `${mib(largest.archive.peakRssBytes)} (largest Node process ${mib(largest.archive.maxRssByCommand.MainThread ?? largest.archive.maxRssByCommand.node ?? 0)}, Pagefind ${mib(Object.entries(largest.archive.maxRssByCommand).find(([name]) => name.startsWith('pagefind'))?.[1] ?? 0)})`,
      met: largest.archive.peakRssBytes < TARGETS.peakRssBytes,
    });
  }
  if (rebuild) {
    targets.push({
      name: `${rebuild.sessions.toLocaleString('en')} sessions: rebuild after one changed correction, with the previous content store, against a cold build of the same content`,
      target: `≤ ${Math.round(TARGETS.warmRatio * 100)} %`,
      value: `${Math.round(rebuild.ratio * 100)} % (${seconds(rebuild.warm.wallMs)} vs ${seconds(rebuild.cold.wallMs)}; CPU ${Math.round(rebuild.cpuRatio * 100)} %)`,
      met: rebuild.warm.status === 0 && rebuild.ratio <= TARGETS.warmRatio,
    });
    targets.push({
      name: `${rebuild.sessions.toLocaleString('en')} sessions: that rebuild is byte-identical to the cold build`,
      target: 'identical',
      value: rebuild.differing.length === 0 ? `identical (${count(rebuild.files)} files)` : `${rebuild.differing.length} of ${count(rebuild.files)} files differ, e.g. ${rebuild.differing.slice(0, 3).join(', ')}`,
      met: rebuild.differing.length === 0 && rebuild.files > 0,
    });
  }
  if (search) {
    targets.push({
      name: `${search.sessions.toLocaleString('en')} sessions: first query “${search.query}”, bytes transferred`,
      target: '≤ 300 KB',
      value: `${kb(search.searchBytesToFirstResult)} until the first result shows; ${kb(search.searchBytes)} with the filter index loaded after it (deep link → first result ${search.deepLinkMs} ms)`,
      met: search.searchBytesToFirstResult <= TARGETS.searchBytesAtScale,
    });
  }
  targets.push({
    name: 'seed archive build (whole process)',
    target: '< 15 s',
    value: seed.status === 0 ? `${seconds(seed.wallMs)} (CPU ${seconds(seed.cpuMs)}, load average ${seed.meanLoad.toFixed(1)})` : 'build failed',
    met: seed.status === 0 ? seed.wallMs < TARGETS.seedBuildMs : false,
  });
  for (const { build, report } of pageWeight) {
    const worst = report.worst[0];
    targets.push({
      name: `${build}: every page ≤ 14 KB gzipped HTML + CSS`,
      target: '≤ 14.0 KB',
      value: worst ? `largest ${kb(worst.gzipBytes)} (${worst.page}); ${report.overBudget} of ${report.pages} over` : 'no pages',
      met: report.overBudget === 0,
    });
    targets.push({
      name: `${build}: JS outside the search page`,
      target: '0 bytes',
      value: `${report.jsBytesOutsideSearch} bytes${report.pagesWithJs.length > 0 ? ` on ${report.pagesWithJs.length} page(s), e.g. ${report.pagesWithJs[0]}` : ''}`,
      met: report.jsBytesOutsideSearch === 0,
    });
  }
  targets.push({
    name: 'every step grows linearly (cost per session +25% at most from smallest to largest)',
    target: 'no super-linear step',
    value: [
      superLinearSteps.length === 0 ? 'none super-linear' : `super-linear: ${superLinearSteps.join(', ')}`,
      ...(inconclusiveSteps.length > 0 ? [`inconclusive: ${inconclusiveSteps.join(', ')}`] : []),
    ].join('; '),
    met: ok.length >= 2 ? superLinearSteps.length === 0 : null,
  });

  return { machine, sizes: [...sizes], seed: { ...seed, sessions: seed.phases.sessions }, rows, pageWeight, linearity, superLinearSteps, inconclusiveSteps, rebuild, profile, search, targets };
}

/**
 * One reviewed correction, as a contributor would write it: the title of the middle session
 * of the built archive (from its data/sessions.json), in its summit's corrections.yaml.
 * Returns what changed.
 */
export function changeOneCorrection(contentDir: string, builtSite: string): string {
  const sessions = JSON.parse(readFileSync(join(builtSite, 'data/sessions.json'), 'utf8')) as Array<{ id: string; summit: string; displayTitle: string }>;
  const session = sessions[Math.floor(sessions.length / 2)]!;
  const file = join(contentDir, 'summits', session.summit, 'corrections.yaml');
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const title = `${session.displayTitle} (corrected)`;
  writeFileSync(file, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${JSON.stringify(session.id)}:\n  reason: ${JSON.stringify('Benchmark: one reviewed correction changed between two builds.')}\n  title: ${JSON.stringify(title)}\n`);
  return `a title correction of ${session.id}`;
}

/** Two folders compared file by file: how many files, and which differ or exist in one only. */
export function compareTrees(a: string, b: string): { files: number; differing: string[] } {
  const list = (dir: string): string[] => {
    const found: string[] = [];
    const walk = (current: string) => {
      for (const entry of readdirSync(current, { withFileTypes: true })) {
        const path = join(current, entry.name);
        if (entry.isDirectory()) walk(path);
        else found.push(path.slice(dir.length + 1));
      }
    };
    walk(dir);
    return found;
  };
  const left = new Set(list(a));
  const right = new Set(list(b));
  const differing = [...new Set([...left, ...right])]
    .filter((path) => !left.has(path) || !right.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))))
    .sort();
  return { files: left.size, differing };
}

// ---------------------------------------------------------------------------------------
// Markdown

export const SCALE_START = '<!-- scale:start -->';
export const SCALE_END = '<!-- scale:end -->';

const seconds = (ms: number | null) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mib = (bytes: number) => (bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const count = (value: number | null) => (value === null ? '–' : value.toLocaleString('en'));
const perSession = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/** Wall time not in the three measured steps: start-up, type generation, Vite bundling, writing. */
function otherMs(figures: BuildFigures): number | null {
  const { contentSyncMs, renderMs, pagefindMs } = figures.phases;
  if (contentSyncMs === null || renderMs === null || pagefindMs === null) return null;
  return figures.wallMs - contentSyncMs - renderMs - pagefindMs;
}

function buildRow(label: string, figures: BuildFigures, pages: number | null, baseline: BuildFigures | null, ratio: string): string {
  const phases = figures.phases;
  if (figures.status !== 0) return `| ${label} | build failed (exit ${figures.status}) | | | | | | | | | | | | | |`;
  return [
    label,
    count(pages),
    seconds(figures.wallMs),
    seconds(figures.cpuMs),
    seconds(phases.contentSyncMs),
    seconds(phases.parseMs),
    seconds(phases.renderMs),
    seconds(phases.pagefindMs),
    seconds(otherMs(figures)),
    pages ? `${(figures.wallMs / pages).toFixed(2)} ms` : '–',
    `${mib(figures.peakRssBytes)}${peakParts(figures)}`,
    mib(figures.distBytes),
    mib(figures.pagefindBytes),
    baseline ? `${seconds(baseline.wallMs)} (render ${seconds(baseline.phases.renderMs)})` : '–',
    ratio,
  ].join(' | ').replace(/^/u, '| ').replace(/$/u, ' |');
}

/** The largest Node process and the Pagefind binary, each at its own peak: ` (Node 1.1 GiB, Pagefind 1.2 GiB)`. */
function peakParts(figures: BuildFigures): string {
  const node = Math.max(figures.maxRssByCommand.MainThread ?? 0, figures.maxRssByCommand.node ?? 0);
  const pagefind = Object.entries(figures.maxRssByCommand).find(([name]) => name.startsWith('pagefind'))?.[1] ?? 0;
  return node > 0 || pagefind > 0 ? ` (Node ${mib(node)}, Pagefind ${mib(pagefind)})` : '';
}

/** Where the time goes: the profiled build's CPU time per step and place, and Pagefind's split. */
function profileSection(result: ScaleResult): string[] {
  const profile = result.profile;
  if (!profile) return [];
  const steps = ['content sync', 'render', 'other'] as const;
  const rows = Math.max(...steps.map((step) => profile.top[step].length));
  const cell = (step: (typeof steps)[number], index: number) => {
    const entry = profile.top[step][index];
    return entry ? `\`${entry.place}\` ${seconds(entry.ms)}` : '';
  };
  return [
    `**Where the time goes.** A separate build of the ${count(profile.sessions)}-session archive under V8's CPU profiler (\`node --cpu-prof\`, so slower than the timed one; not timed), Astro's process: CPU time by step (content sync and render by their windows in the build log; *other* is start-up, type generation and bundling) and, within each, by the file of this project or the package whose code ran (self time). Pagefind, a Rust binary, spent ${seconds(profile.pagefindReadMs)} reading the pages and ${seconds(profile.pagefindWriteMs)} building and writing the index.`,
    '',
    `| content sync (${seconds(profile.steps['content sync'])} CPU) | render (${seconds(profile.steps.render)} CPU) | other (${seconds(profile.steps.other)} CPU) |`,
    '| --- | --- | --- |',
    ...Array.from({ length: rows }, (_, index) => `| ${steps.map((step) => cell(step, index)).join(' | ')} |`),
    '',
  ];
}

/** The warm rebuild and search on the largest archive. */
function rebuildAndSearchSection(result: ScaleResult): string[] {
  const lines: string[] = [];
  const rebuild = result.rebuild;
  if (rebuild) {
    const entries = (figures: BuildFigures) => {
      const e = figures.phases.entries;
      return e ? `${count(e.unchanged)} of ${count(e.total)} entries reused, ${count(e.changed)} validated and rendered` : '–';
    };
    const row = (label: string, figures: BuildFigures) =>
      `| ${label} | ${seconds(figures.wallMs)} | ${seconds(figures.cpuMs)} | ${seconds(figures.phases.contentSyncMs)} | ${seconds(figures.phases.renderMs)} | ${seconds(figures.phases.pagefindMs)} | ${seconds(otherMs(figures))} | ${entries(figures)} |`;
    lines.push(
      `**Rebuild after one changed correction** (${rebuild.change}), ${count(rebuild.sessions)} sessions: with the content store the previous build left (Astro's \`data-store.json\` in its cache folder: each entry's validated data and rendered HTML, under a digest of its data and Markdown), then cold, with an empty store, into the same folder; the two sites compared file by file: ${rebuild.differing.length === 0 ? `**identical** (${count(rebuild.files)} files)` : `${rebuild.differing.length} files differ (${rebuild.differing.slice(0, 5).join(', ')})`}.`,
      '',
      '| build | total | CPU | content sync | render | Pagefind | other | content store |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      row('with the previous store', rebuild.warm),
      row('cold, same content', rebuild.cold),
      `| warm / cold | ${Math.round(rebuild.ratio * 100)} % | ${Math.round(rebuild.cpuRatio * 100)} % | | | | | |`,
      '',
    );
  }
  const search = result.search;
  if (search) {
    lines.push(
      `**Search on the ${count(search.sessions)}-session archive**, measured as on the seed (medians of ${search.runs} fresh browser contexts, loopback, gzip): first query “${search.query}” transfers ${kb(search.searchBytesToFirstResult)} until its first result shows, ${kb(search.searchBytes)} with the filter index that loads after the results (${Object.entries(search.bytes).filter(([kind]) => kind !== 'html').map(([kind, bytes]) => `${kind} ${kb(bytes)}`).join(', ')}); deep link → first result ${search.deepLinkMs} ms; loaded page, submit → first result ${search.submitMs} ms.`,
      '',
    );
  }
  return lines;
}

/** Render time per page by route, from Astro's per-page figures: where render time goes as the archive grows. */
function routeTable(result: ScaleResult): string[] {
  const builds = [
    { label: `seed`, figures: result.seed as BuildFigures },
    ...result.rows.map((row) => ({ label: count(row.sessions), figures: row.archive })),
  ].filter((build) => build.figures.status === 0 && Object.keys(build.figures.phases.renderByRoute).length > 0);
  if (builds.length === 0) return [];
  const routes = [...new Set(builds.flatMap((build) => Object.keys(build.figures.phases.renderByRoute)))]
    .filter((route) => !route.startsWith('data/') && !route.endsWith('.json'))
    .sort();
  const cell = (figures: BuildFigures, route: string) => {
    const entry = figures.phases.renderByRoute[route];
    return entry ? `${(entry.ms / entry.pages).toFixed(1)} ms × ${count(entry.pages)} = ${seconds(entry.ms)}` : '–';
  };
  return [
    '**Render time by route**: Astro\'s own per-page times (ms per page × pages = total), summed by route; what the render step spends beyond their sum is `getStaticPaths` and overhead.',
    '',
    `| route | ${builds.map((build) => build.label).join(' | ')} |`,
    `| --- | ${builds.map(() => '---:').join(' | ')} |`,
    ...routes.map((route) => `| \`${route}\` | ${builds.map((build) => cell(build.figures, route)).join(' | ')} |`),
    `| outside the per-page figures | ${builds
      .map((build) => {
        const summed = Object.values(build.figures.phases.renderByRoute).reduce((sum, entry) => sum + entry.ms, 0);
        return build.figures.phases.renderMs === null ? '–' : seconds(build.figures.phases.renderMs - summed);
      })
      .join(' | ')} |`,
    '',
  ];
}

/** The Markdown section for docs/BENCHMARKS.md (without the markers). */
export function scaleMarkdown(result: ScaleResult): string {
  const m = result.machine;
  const builds = [result.seed, ...result.rows.flatMap((row) => [row.archive, row.baseline])];
  const loads = builds.map((figures) => figures.meanLoad);
  const trees = [...new Set(builds.map((figures) => figures.tree).filter((tree) => tree !== 'baseline'))];
  const lines: string[] = [
    `Measured on ${m.date}: ${m.cpu}, ${m.memory}, Node ${m.node}, Astro ${m.astro}, Pagefind ${m.pagefind}; tree ${m.tree}. Synthetic archives from \`bench/generate.ts\` (seed ${m.generatorSeed}); one build per size. Mean 1-min load average during the builds: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${m.cores} cores.${trees.length > 1 ? ` The tree changed during the run; builds ran on ${trees.join(', ')}.` : ''}`,
    '',
    '| archive | pages | total build | CPU | load/parse (content sync) | · parse | render | Pagefind | other | ms/page | peak RSS (each at its own peak) | dist/ | Pagefind index | minimal Astro, same pages | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    buildRow(`seed (${count(result.seed.sessions)} sessions)`, result.seed, result.seed.phases.pages, null, '–'),
    ...result.rows.map((row) =>
      buildRow(
        `${count(row.sessions)} sessions (${row.summits} summits, ${count(row.speakers)} speakers)`,
        row.archive,
        row.archive.phases.pages,
        row.baseline,
        row.archive.status === 0 ? `${row.ratioToBaseline.toFixed(2)}× (CPU ${row.cpuRatioToBaseline.toFixed(2)}×)` : '–',
      ),
    ),
    '',
    '*Total build* is the whole `npm run build` (scripts/build.ts: the content check, `astro build`, then Pagefind over the finished pages), wall clock, into an empty output folder with an empty content store (a cold build); *CPU* is the user + system time of its process tree (less sensitive than wall time to other work on the machine; the linearity table gives CPU time per step too). *Load/parse* is Astro\'s content sync (`Syncing content` → `Synced content`): reading, parsing and linking the archive, validating every record and rendering every description\'s Markdown; *· parse* is the part the archive loader times itself (`parsed … in N ms`: reading, parsing, linking). *Render* is Astro\'s `generating static routes` step; *Pagefind* is the indexing step, after Astro has exited. *Other* is the rest of the total: the check, start-up, type generation, Vite bundling, the sitemap. Peak RSS is the largest sum of VmRSS over the build\'s process tree (Node, esbuild, the Pagefind binary), polled every 50 ms; in brackets, the largest Node process and the Pagefind binary each at its own peak. The baseline is `bench/baseline/`: one `[n].astro` route with trivial pages, same Astro and output options, `astro build` alone; the ratio is wall time (CPU time in brackets).',
    '',
    ...routeTable(result),
    '**Linearity.** Cost per session of each step at each size, its growth from the smallest to the largest archive, the marginal cost (ms per extra session) between consecutive sizes, a least-squares line through the points and the slope of log(time) against log(sessions) (1 = linear, 2 = quadratic). A step is super-linear when its cost per session grows by more than 25% and its marginal cost grows too.',
    '',
    `| step | ${result.rows.filter((row) => row.archive.status === 0).map((row) => count(row.sessions)).join(' | ')} | ms/session | growth | marginal ms/session | linear fit | log-log exponent | verdict |`,
    `| --- | ${result.rows.filter((row) => row.archive.status === 0).map(() => '---:').join(' | ')} | ---: | ---: | ---: | --- | ---: | --- |`,
    ...result.linearity.map((step) =>
      [
        step.step,
        ...step.ms.map((value) => seconds(value)),
        step.perSessionMs.map(perSession).join(' → '),
        step.growth === null ? '–' : `${step.growth.toFixed(2)}×`,
        step.marginalMs.map(perSession).join(' → '),
        step.fit ? `${seconds(step.fit.interceptMs)} + ${step.fit.slopeMs.toFixed(2)} ms × n (R² ${step.fit.r2.toFixed(3)})` : '–',
        step.exponent === null ? '–' : step.exponent.toFixed(2),
        step.step.startsWith('baseline') ? `reference (${step.verdict})` : step.verdict === 'super-linear' ? '**super-linear**' : step.verdict,
      ].join(' | ').replace(/^/u, '| ').replace(/$/u, ' |'),
    ),
    '',
    [
      result.rows.filter((row) => row.archive.status === 0).length < 2
        ? 'One archive size only: growth needs two or more (`--sizes=10000,50000`), so this run says nothing about linearity.'
        : result.superLinearSteps.length === 0
        ? 'No step grows super-linearly.'
        : `Super-linear (cost per session and cost per extra session both grow): ${result.superLinearSteps.join(', ')}.`,
      ...(result.inconclusiveSteps.length > 0
        ? [`Inconclusive (cost per session grew, cost per extra session did not): ${result.inconclusiveSteps.join(', ')}.`]
        : []),
    ].join(' '),
    '',
    '**Page weight.** HTML plus CSS (inlined by the build) per page, gzipped at zlib\'s default level, against 14 KB (14 × 1024 bytes, what fits in TCP\'s first round trip); and the JavaScript every page carries (inline or linked), which must be none outside the search page.',
    '',
    '| build | pages | largest page, gzipped | median | over 14 KB | heaviest pages | JS outside /search/ | JS on /search/ |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |',
    ...result.pageWeight.map(({ build, report }) =>
      [
        build,
        count(report.pages),
        report.worst[0] ? kb(report.worst[0].gzipBytes) : '–',
        kb(report.medianGzipBytes),
        count(report.overBudget),
        report.worst.map((page) => `\`${page.page.replace(/index\.html$/u, '')}\` ${kb(page.gzipBytes)}`).join('<br>'),
        `${report.jsBytesOutsideSearch} B`,
        kb(report.searchPageJsBytes),
      ].join(' | ').replace(/^/u, '| ').replace(/$/u, ' |'),
    ),
    '',
    ...profileSection(result),
    ...rebuildAndSearchSection(result),
    '**Targets**',
    '',
    '| target | goal | measured | |',
    '| --- | --- | --- | --- |',
    ...result.targets.map((target) => `| ${target.name} | ${target.target} | ${target.value} | ${target.met === null ? 'not measured' : target.met ? 'met' : '**missed**'} |`),
  ];
  return lines.join('\n');
}

/** `doc` with the section between the `<!-- name:start -->` and `<!-- name:end -->` markers replaced (or appended, with a heading, when the markers are missing). */
export function withScaleSection(doc: string, section: string, name = 'scale'): string {
  const startMarker = `<!-- ${name}:start -->`;
  const endMarker = `<!-- ${name}:end -->`;
  const block = `${startMarker}\n${section}\n${endMarker}`;
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start !== -1 && end > start) return doc.slice(0, start) + block + doc.slice(end + endMarker.length);
  return `${doc.trimEnd()}\n\n## At scale: ${name === 'scale' ? 'synthetic archives' : name}\n\n${block}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((value) => Number.isInteger(value) && value > 0);
  const result = await benchScale(sizes.length > 0 ? sizes : undefined, { progress: true, snapshot: process.argv.includes('--snapshot') });
  const results = join(PROJECT_ROOT, 'bench/results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'scale.json'), `${JSON.stringify(result, null, 2)}\n`);
  const section = scaleMarkdown(result);
  writeFileSync(join(results, 'scale.md'), `${section}\n`);
  console.log(section);
}
