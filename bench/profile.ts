/**
 * Where a build's CPU time goes: V8 CPU profiles (`node --cpu-prof`, one file per Node
 * process of `npm run build`) summarised per build step and per place in the code.
 *
 * Each sample is given to a step by when it was taken: the steps' windows come from the
 * build log (Astro's content sync: reading, parsing and linking the archive, validating
 * entries, rendering Markdown, writing the store; page rendering; the rest: start-up,
 * bundling). Async code leaves no caller on the stack, so a stack cannot tell. Within a
 * step, a sample's time goes to the place of its own function: a file of this project
 * (`src/link/related.ts`) or a package (`micromark`), or V8's own work
 * (`(garbage collector)`).
 *
 * Pagefind is a Rust binary and is not profiled here: the build log splits its time into
 * reading the pages and writing the index.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export type Step = 'content sync' | 'render' | 'other';

export interface ProfileSummary {
  /** CPU ms per step (idle excluded). */
  steps: Record<Step, number>;
  /** Per step, the places that took the most CPU ms, most first. */
  top: Record<Step, Array<{ place: string; ms: number }>>;
  /** Wall ms the profile covers. */
  durationMs: number;
}

/** `src/link/related.ts`, `micromark`, `node:internal…`, `(garbage collector)`. */
export function placeOf(frame: CallFrame, root: string): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return 'node (runtime)';
  const local = url.replace(/^file:\/\//u, '');
  if (local.includes('/.astro/') || local.includes('.prerender')) return 'pages (bundled src/)';
  return local.startsWith(root) ? local.slice(root.length).replace(/^\/+/u, '') : local;
}

/**
 * `windows`: each step's [start, end] in ms since the profiled process started; samples
 * outside every window count as `other`.
 */
export function summarizeProfile(file: string, root: string, windows: Partial<Record<Exclude<Step, 'other'>, [number, number]>>, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const stepAt = (ms: number): Step => {
    for (const [step, window] of Object.entries(windows) as Array<[Step, [number, number]]>) if (ms >= window[0] && ms <= window[1]) return step;
    return 'other';
  };
  let at = profile.startTime;
  const steps: Record<Step, number> = { 'content sync': 0, render: 0, other: 0 };
  const places: Record<Step, Map<string, number>> = { 'content sync': new Map(), render: new Map(), other: new Map() };
  for (let index = 0; index < profile.samples.length; index += 1) {
    at += profile.timeDeltas[index] ?? 0;
    const node = byId.get(profile.samples[index]!)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const step = stepAt((at - profile.startTime) / 1000);
    steps[step] += ms;
    const place = placeOf(node.callFrame, root);
    places[step].set(place, (places[step].get(place) ?? 0) + ms);
  }
  const ranked = (step: Step) =>
    [...places[step]]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([place, ms]) => ({ place, ms: Math.round(ms) }));
  return {
    steps: { 'content sync': Math.round(steps['content sync']), render: Math.round(steps.render), other: Math.round(steps.other) },
    top: { 'content sync': ranked('content sync'), render: ranked('render'), other: ranked('other') },
    durationMs: Math.round((profile.endTime - profile.startTime) / 1000),
  };
}
