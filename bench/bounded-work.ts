/**
 * Bounded work on hostile content: `npm run check` on a content folder holding ONE file filled
 * to its size cap (src/read/content-tree.ts: Markdown and MDX, YAML, listings) and shaped
 * to make a parser or a regular expression work hard, timed as a whole process. Target
 * (security issue): every case within 5 s on this machine. Run: `node bench/bounded-work.ts`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_CONTRIBUTOR_FILE_BYTES, MAX_MARKDOWN_FILE_BYTES, MAX_SOURCE_FILE_BYTES } from '../src/read/content-tree.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = join(ROOT, 'bench/.work/bounded-work');
const BASE = join(ROOT, 'tests/fixtures/base-content/content');
// The caps the check enforces, so the bench always fills files to the caps as they are.
const MARKDOWN_CAP = MAX_MARKDOWN_FILE_BYTES;
const YAML_CAP = MAX_CONTRIBUTOR_FILE_BYTES;
const SOURCE_CAP = MAX_SOURCE_FILE_BYTES;
export const sizeText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`);
const FRONT = '---\nsummit: mini-summit-2021\ntrack: talks\ntitle: Probe\nprovenance: Bench.\n---\n\n';

/** Fill to just under the cap with a repeated unit. */
const fill = (unit: string, budget = MARKDOWN_CAP - 200) => unit.repeat(Math.floor(budget / Buffer.byteLength(unit)));

export const CASES: Array<{ name: string; path: string; text: string }> = [
  { name: 'MDX: "<" without ">" (was quadratic)', path: 'sessions/lt.mdx', text: `${FRONT}\`\`\`\n${fill('<')}\n\`\`\`\n` },
  { name: `MDX: one ${sizeText(MARKDOWN_CAP)} paragraph of words`, path: 'sessions/words.mdx', text: `${FRONT}${fill('stream table ')}\n` },
  { name: 'MDX: emphasis runs', path: 'sessions/emphasis.mdx', text: `${FRONT}${fill('*a _b ')}\n` },
  { name: 'MDX: link brackets "[x](" (rejected before parsing)', path: 'sessions/brackets.mdx', text: `${FRONT}${fill('[x](')}\n` },
  { name: 'MDX: shortcut references "[x]" (rejected before parsing)', path: 'sessions/references.mdx', text: `${FRONT}${fill('[x]')}\n` },
  { name: 'MDX: a reference in every paragraph', path: 'sessions/reference-paragraphs.mdx', text: `${FRONT}${fill('[x] and [y](https://example.org)\n\n')}` },
  { name: 'MDX: link definitions', path: 'sessions/definitions.mdx', text: `${FRONT}${fill('[a]: https://example.org/\n')}` },
  { name: 'MDX: many short paragraphs', path: 'sessions/paragraphs.mdx', text: `${FRONT}${fill('A line of text.\n\n')}` },
  { name: 'MDX: a GFM table', path: 'sessions/table.mdx', text: `${FRONT}| a | b |\n| - | - |\n${fill('| `x | y` |\n')}` },
  { name: 'MDX: whitespace runs', path: 'sessions/spaces.mdx', text: `${FRONT}x${fill(' ')}y\n` },
  { name: 'Markdown: emphasis runs in a speaker profile', path: 'speakers/profiles/jane-doe.md', text: `---\nname: Jane Doe\n---\n\n${fill('*a* ')}\n` },
  { name: `YAML: a ${sizeText(YAML_CAP)} corrections file`, path: 'summits/mini-summit-2021/corrections.yaml', text: `mini-summit-2021/streams-in-practice:\n  reason: ${fill('because ', YAML_CAP - 200)}\n  title: X\n` },
  { name: 'YAML: nested flow collections', path: 'summits/mini-summit-2021/corrections.yaml', text: fill('[', YAML_CAP - 200) },
  { name: `Listing: one ${sizeText(SOURCE_CAP)} description line`, path: 'summits/mini-summit-2021/listing.txt', text: `Talks\n\n  • T\n\n    Jane Doe, Acme\n\n    View Description\n\n    ${fill('words and more words ', SOURCE_CAP - 200)}\n` },
  { name: `Listing: ${sizeText(SOURCE_CAP)} speaker line`, path: 'summits/mini-summit-2021/listing.txt', text: `Talks\n\n  • T\n\n    ${fill('Jane Doe, Acme & ', SOURCE_CAP - 200)}\n\n    View Description\n\n    D.\n` },
];

export interface BoundedResult {
  name: string;
  ms: number;
  status: number | null;
}

export function runBoundedWork(): BoundedResult[] {
  const results: BoundedResult[] = [];
  for (const entry of CASES) {
    const root = join(WORK, 'case');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(BASE, join(root, 'content'), { recursive: true });
    mkdirSync(dirname(join(root, 'content', entry.path)), { recursive: true });
    writeFileSync(join(root, 'content', entry.path), entry.text);
    const started = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(root, 'content') }, encoding: 'utf8' });
    results.push({ name: entry.name, ms: performance.now() - started, status: result.status });
  }
  rmSync(WORK, { recursive: true, force: true });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of runBoundedWork()) console.log(`${(result.ms / 1000).toFixed(2).padStart(6)} s  exit ${result.status}  ${result.name}`);
}
