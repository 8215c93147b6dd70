/**
 * The readers-first fixture (tests/fixtures/readers-first/README.md): the frozen seed archive
 * with the longest content a page can meet and recordings added by corrections, built once
 * per test run under /summit-archive/ and shared by the test files that read it.
 *
 * "Once per run": the build goes beside the run's own shared build (SITE_OUT, one folder
 * per `vitest` run, tests/site/build-site.ts), so two runs on one checkout never read each
 * other's half-built fixture; the test files of one run reuse it. Folders left by runs that
 * have ended are removed when the next one builds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildSite } from './build.ts';
import { ROOT, SITE_OUT } from './paths.ts';
import { SEED_CONTENT } from './seed.ts';

export const READERS_FIRST_FIXTURE = join(ROOT, 'tests/fixtures/readers-first');
const OUTPUT = dirname(SITE_OUT.replace(/\/+$/u, ''));
/** This run's fixture build: `tests/.output/site-<pid>-readers-first` beside `site-<pid>`. */
export const READERS_FIRST_OUT = join(OUTPUT, `${basename(SITE_OUT.replace(/\/+$/u, ''))}-readers-first`);
const CONTENT = `${READERS_FIRST_OUT}-content`;
const STAMP = join(READERS_FIRST_OUT, '.built');

/** Pages of the fixture that tests visit (paths under the base). */
export const FIXTURE_PAGES = {
  longSession: 'sessions/kafka-summit-2020/long-urls-words-tables-and-code/',
  cjkSession: 'sessions/kafka-summit-san-francisco-2019/stream-processing-in-japanese/',
  /** Recording and slides, added by a correction. */
  mirrorMaker: 'sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
  /** A recording only, added by a correction; one of MirrorMaker 2's related sessions. */
  kubernetesLondon: 'sessions/kafka-summit-london-2019/running-kafka-in-kubernetes-a-practical-guide/',
  /** Slides only, added by a correction. */
  streamsAtScale: 'sessions/kafka-summit-london-2019/kafka-streams-at-scale/',
} as const;

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes fixture builds (and their content copies) of runs whose process has ended. */
function removeEnded(): void {
  if (!existsSync(OUTPUT)) return;
  for (const name of readdirSync(OUTPUT)) {
    const pid = /^site-(\d+)-readers-first(?:-content)?$/u.exec(name)?.[1];
    if (pid && !running(Number(pid))) rmSync(join(OUTPUT, name), { recursive: true, force: true });
  }
}

/** Builds the fixture site (or reuses this run's build, unless `fresh`) and returns its folder. */
export function readersFirstSite(options: { fresh?: boolean } = {}): string {
  if (!options.fresh && existsSync(STAMP)) return READERS_FIRST_OUT;
  removeEnded();
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(SEED_CONTENT, join(CONTENT, 'content'), { recursive: true });
  cpSync(join(READERS_FIRST_FIXTURE, 'content'), join(CONTENT, 'content'), { recursive: true });
  rmSync(READERS_FIRST_OUT, { recursive: true, force: true });
  const result = buildSite(READERS_FIRST_OUT, { CONTENT_DIR: join(CONTENT, 'content') });
  if (result.status !== 0) throw new Error(`readers-first fixture build failed:\n${result.output.slice(-4000)}`);
  writeFileSync(STAMP, new Date().toISOString());
  return READERS_FIRST_OUT;
}
