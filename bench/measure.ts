/**
 * Running a build as a measured child process: wall time, the peak resident memory of
 * its whole process tree (Node, esbuild, the Pagefind binary…), the CPU time of that
 * tree, and each output line with the time it arrived, from which the build's phases
 * are read.
 *
 * Memory: every `intervalMs` (50 ms) the tree under the child's pid is found by scanning
 * /proc/<pid>/stat for parent pids, and VmRSS of every process in it is summed; the peak
 * is the largest sum seen. A process whose VmHWM (the kernel's exact high-water mark) rose
 * since the previous poll counts at that height, so a spike between two polls is not
 * missed. RSS counts shared pages once per process, so the sum is an upper bound on what
 * the tree really holds. Linux only.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface OutputLine {
  /** Ms since the process was started. */
  at: number;
  text: string;
}

export interface MeasuredRun {
  status: number | null;
  wallMs: number;
  /** Largest sum of VmRSS over the process tree in one poll, bytes. */
  peakRssBytes: number;
  /** The processes in the tree at that peak: command name → RSS bytes (summed per name). */
  peakBreakdown: Record<string, number>;
  /** Largest RSS of each command name seen alone (its VmHWM: exact, not polled), bytes. */
  maxRssByCommand: Record<string, number>;
  /** User + system CPU time of every process seen in the tree (last value polled), ms. */
  cpuMs: number;
  /** Mean 1-minute load average while the process ran (a busy machine inflates wall times). */
  meanLoad: number;
  /** Cumulative CPU time of the tree at each poll: `[ms since start, CPU ms]`, for CPU time per phase. */
  cpuSamples: Array<[number, number]>;
  lines: OutputLine[];
  output: string;
}

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** utime + stime, clock ticks. */
  ticks: number;
}

const TICKS_PER_SECOND = 100;

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    const fields = text.slice(close + 2).split(' ');
    // Fields after the command: state(0) ppid(1) … utime(11) stime(12).
    return { pid, ppid: Number(fields[1]), comm: text.slice(open + 1, close), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** VmRSS (resident now) and VmHWM (the most it has been resident: the kernel's exact peak, which polling can miss) of a process, bytes. */
function rssBytes(pid: number): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'mu').exec(status)?.[1] ?? 0) * 1024;
    return { now: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return { now: 0, peak: 0 };
  }
}

/** The root pid and all its descendants, from one scan of /proc. */
export function processTree(rootPid: number): ProcStat[] {
  const all: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) all.push(stat);
  }
  const children = Map.groupBy(all, (stat) => stat.ppid);
  const tree: ProcStat[] = [];
  const root = all.find((stat) => stat.pid === rootPid);
  if (!root) return tree;
  const queue = [root];
  while (queue.length > 0) {
    const current = queue.shift()!;
    tree.push(current);
    queue.push(...(children.get(current.pid) ?? []));
  }
  return tree;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/gu;

export interface RunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  intervalMs?: number;
  /** Echo output lines as they arrive (for watching a long run). */
  echo?: (line: OutputLine) => void;
}

/** Run `process.execPath args…` and measure it. Never rejects on a failing build. */
export function runMeasured(args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: OutputLine[] = [];
  const chunks: string[] = [];
  const partial = { stdout: '', stderr: '' };
  const onData = (stream: 'stdout' | 'stderr') => (data: Buffer) => {
    const at = performance.now() - started;
    const text = partial[stream] + data.toString('utf8');
    chunks.push(data.toString('utf8'));
    const parts = text.split('\n');
    partial[stream] = parts.pop() ?? '';
    for (const part of parts) {
      const line = { at, text: part.replace(ANSI, '').replace(/\r$/u, '') };
      lines.push(line);
      options.echo?.(line);
    }
  };
  child.stdout.on('data', onData('stdout'));
  child.stderr.on('data', onData('stderr'));

  let peakRssBytes = 0;
  let peakBreakdown: Record<string, number> = {};
  const maxRssByCommand: Record<string, number> = {};
  const ticksByPid = new Map<number, number>();
  /** Each process's VmHWM at the previous poll: when it rose, the process was that large at some moment since. */
  const hwmByPid = new Map<number, number>();
  const loads: number[] = [];
  const cpuSamples: Array<[number, number]> = [];
  const poll = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    let total = 0;
    const breakdown: Record<string, number> = {};
    for (const stat of tree) {
      const rss = rssBytes(stat.pid);
      // A peak between two polls counts at its height: the sum is the process tree's
      // size with each process as large as it got since the previous poll.
      const rose = rss.peak > (hwmByPid.get(stat.pid) ?? 0);
      hwmByPid.set(stat.pid, rss.peak);
      const size = rose ? Math.max(rss.peak, rss.now) : rss.now;
      total += size;
      breakdown[stat.comm] = (breakdown[stat.comm] ?? 0) + size;
      maxRssByCommand[stat.comm] = Math.max(maxRssByCommand[stat.comm] ?? 0, rss.peak, rss.now);
      ticksByPid.set(stat.pid, Math.max(ticksByPid.get(stat.pid) ?? 0, stat.ticks));
    }
    if (total > peakRssBytes) {
      peakRssBytes = total;
      peakBreakdown = breakdown;
    }
    loads.push(loadavg()[0] ?? 0);
    let ticks = 0;
    for (const value of ticksByPid.values()) ticks += value;
    cpuSamples.push([performance.now() - started, (ticks * 1000) / TICKS_PER_SECOND]);
  };
  const timer = setInterval(poll, options.intervalMs ?? 50);
  poll();

  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      for (const stream of ['stdout', 'stderr'] as const) {
        if (partial[stream]) lines.push({ at: wallMs, text: partial[stream].replace(ANSI, '') });
      }
      const ticks = [...ticksByPid.values()].reduce((sum, value) => sum + value, 0);
      resolve({
        status,
        wallMs,
        peakRssBytes,
        peakBreakdown,
        maxRssByCommand,
        cpuMs: (ticks * 1000) / TICKS_PER_SECOND,
        meanLoad: loads.length > 0 ? loads.reduce((sum, value) => sum + value, 0) / loads.length : 0,
        cpuSamples,
        lines,
        output: chunks.join(''),
      });
    });
  });
}

export interface BuildPhases {
  /** `[content] Syncing content` → `[content] Synced content`, by arrival time: reading, parsing, validating and rendering the Markdown of every entry. */
  contentSyncMs: number | null;
  /** The archive loader's own figure: `parsed … in N ms` (read + parse + build records). */
  parseMs: number | null;
  summits: number | null;
  sessions: number | null;
  speakers: number | null;
  /** Astro's figure for `generating static routes` (`✓ Completed in …` after it). */
  renderMs: number | null;
  /**
   * Astro's per-page times (`├─ /path (+N ms)`) summed by route (`speakers/[x]`,
   * `sessions/[x]/[x]`…); what is left of `renderMs` is getStaticPaths and overhead.
   */
  renderByRoute: Record<string, { pages: number; ms: number }>;
  /** `[summit-archive:pagefind] indexed N pages in M ms (reading R ms, indexing and writing W ms)`. */
  pagefindMs: number | null;
  pagefindPages: number | null;
  pagefindReadMs: number | null;
  pagefindWriteMs: number | null;
  /** `[summit-archive:check] read N content files in M ms`: `npm run build`'s check before Astro starts. */
  checkMs: number | null;
  /** The loader's `N entries: U unchanged, C new or changed, R removed`, summed over the collections. */
  entries: { total: number; unchanged: number; changed: number; removed: number } | null;
  /** `[build] N page(s) built in X`: Astro's whole build after its start-up (the search index is built after it). */
  astroBuildMs: number | null;
  pages: number | null;
  /** Process start → `Syncing content` (Node, Astro and config start-up). */
  startupMs: number | null;
  /** `Building static entrypoints` → `generating static routes`, by arrival time (Vite bundling). */
  bundleMs: number | null;
  /** Whether the content store was cleared first (a cold load: every entry parsed and rendered). */
  contentStoreCleared: boolean;
  /** When each step ran, `[start, end]` in ms since the process started (by line arrival), for CPU time per step. */
  windows: {
    contentSync: [number, number] | null;
    render: [number, number] | null;
    pagefind: [number, number] | null;
    /** When `npm run build` started Astro (its check line arrived): where a profile of Astro's process begins. */
    astroStart: number | null;
  };
}

/** CPU ms the tree used between two moments, from cumulative samples (linear between polls). */
export function cpuBetween(samples: ReadonlyArray<readonly [number, number]>, window: readonly [number, number] | null): number | null {
  if (!window || samples.length === 0) return null;
  const at = (time: number): number => {
    let previous = samples[0]!;
    if (time <= previous[0]) return previous[1];
    for (const sample of samples) {
      if (sample[0] >= time) {
        const span = sample[0] - previous[0];
        return span <= 0 ? sample[1] : previous[1] + ((sample[1] - previous[1]) * (time - previous[0])) / span;
      }
      previous = sample;
    }
    return previous[1];
  };
  return Math.round(at(window[1]) - at(window[0]));
}

/** Astro's durations: `968ms`, `47.70s`, `1m 42s`. */
export function duration(text: string): number {
  let ms = 0;
  for (const match of text.matchAll(/([\d.]+)(ms|s|m)\b/gu)) {
    const value = Number(match[1]);
    ms += match[2] === 'm' ? value * 60_000 : match[2] === 's' ? value * 1000 : value;
  }
  return Math.round(ms);
}

const DURATION = String.raw`((?:[\d.]+(?:ms|s|m)\b\s*)+)`;

/**
 * A page line of `generating static routes`: `  ├─ /sessions/x/y/index.html (+3ms)`. Astro
 * writes the path and the time in two writes, so a warning logged while the page renders
 * lands between them (`  ├─ /speakers/x/index.html23:26:35 [WARN] …`, then ` (+16ms)` on
 * a line of its own): the path is kept until its time arrives.
 */
const PAGE_PATH = /[├└]─ (\/\S*?)(?=\d{2}:\d{2}:\d{2} |\s|$)/u;
const PAGE_TIME = /\(\+((?:[\d.]+(?:ms|s|m)\s*)+)\)/u;

/** `sessions/x/y/index.html` → `sessions/[x]/[x]`: the route a page comes from, roughly. */
function routeKind(path: string): string {
  const parts = path.replace(/^\/+/u, '').replace(/(^|\/)index\.html$/u, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  return [parts[0], ...parts.slice(1).map(() => '[x]')].join('/');
}

/** Read the phases of an `astro build` from its output lines. */
export function parsePhases(lines: readonly OutputLine[]): BuildPhases {
  const find = (pattern: RegExp, from = 0) => {
    for (let index = from; index < lines.length; index += 1) {
      const match = pattern.exec(lines[index]!.text);
      if (match) return { index, line: lines[index]!, match };
    }
    return null;
  };
  const syncing = find(/\[content\] Syncing content/u);
  const synced = find(/\[content\] Synced content/u);
  const parsed = find(/parsed (\d+) summits?, (\d+) sessions?, (\d+) speakers? in (\d+) ms/u);
  const routes = find(/generating static routes/u);
  const entrypoints = find(/Building static entrypoints/u);
  const rendered = routes ? find(new RegExp(`✓ Completed in ${DURATION}`, 'u'), routes.index + 1) : null;
  const pagefind = find(/indexed (\d+) pages in (\d+) ms(?: \(reading (\d+) ms, indexing and writing (\d+) ms\))?/u);
  const indexing = find(/\[summit-archive:pagefind\] indexing/u);
  const checked = find(/\[summit-archive:check\] read \d+ content files in (\d+) ms/u);
  let entries: BuildPhases['entries'] = null;
  for (const line of lines) {
    const match = /(\d+) entr(?:y|ies): (\d+) unchanged, (\d+) new or changed, (\d+) removed/u.exec(line.text);
    if (!match) continue;
    entries ??= { total: 0, unchanged: 0, changed: 0, removed: 0 };
    entries.total += Number(match[1]);
    entries.unchanged += Number(match[2]);
    entries.changed += Number(match[3]);
    entries.removed += Number(match[4]);
  }
  const built = find(new RegExp(`(\\d+) page\\(s\\) built in ${DURATION}`, 'u'));
  const renderByRoute: Record<string, { pages: number; ms: number }> = {};
  let pendingPath: string | null = null;
  for (const line of lines) {
    const path = PAGE_PATH.exec(line.text);
    if (path) pendingPath = path[1]!;
    const time = pendingPath === null ? null : PAGE_TIME.exec(line.text);
    if (!time || pendingPath === null) continue;
    const entry = (renderByRoute[routeKind(pendingPath)] ??= { pages: 0, ms: 0 });
    entry.pages += 1;
    entry.ms += duration(time[1]!);
    pendingPath = null;
  }
  const afterRender = rendered ? lines[rendered.index + 1] ?? rendered.line : null;
  return {
    windows: {
      contentSync: syncing && synced ? [syncing.line.at, synced.line.at] : null,
      render: routes && rendered ? [routes.line.at, rendered.line.at] : null,
      pagefind: indexing && pagefind ? [indexing.line.at, pagefind.line.at] : afterRender && pagefind ? [Math.min(afterRender.at, pagefind.line.at), pagefind.line.at] : null,
      astroStart: checked ? checked.line.at : null,
    },
    contentSyncMs: syncing && synced ? synced.line.at - syncing.line.at : null,
    parseMs: parsed ? Number(parsed.match[4]) : null,
    summits: parsed ? Number(parsed.match[1]) : null,
    sessions: parsed ? Number(parsed.match[2]) : null,
    speakers: parsed ? Number(parsed.match[3]) : null,
    renderMs: rendered ? duration(rendered.match[1]!) : null,
    renderByRoute,
    pagefindMs: pagefind ? Number(pagefind.match[2]) : null,
    pagefindPages: pagefind ? Number(pagefind.match[1]) : null,
    pagefindReadMs: pagefind?.match[3] ? Number(pagefind.match[3]) : null,
    pagefindWriteMs: pagefind?.match[4] ? Number(pagefind.match[4]) : null,
    checkMs: checked ? Number(checked.match[1]) : null,
    entries,
    astroBuildMs: built ? duration(built.match[2]!) : null,
    pages: built ? Number(built.match[1]) : null,
    startupMs: syncing ? syncing.line.at : null,
    bundleMs: entrypoints && routes ? routes.line.at - entrypoints.line.at : null,
    contentStoreCleared: lines.some((line) => /Clearing content store/u.test(line.text)),
  };
}
