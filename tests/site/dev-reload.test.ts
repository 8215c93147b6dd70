/**
 * `npm run dev` picks up content edits: with the dev server running on a copy of the small
 * base archive, a correction written to disk shows on the next load of the session page,
 * and so does a new contributed session file, without a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const WORK = join(ROOT, 'tests/.output/dev-reload');
const CONTENT = join(WORK, 'content');
const SESSION = 'summit-archive/sessions/mini-summit-2021/streams-in-practice/';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Fetch a page until `accept` is true or the deadline passes; returns the last body. */
async function pollPage(url: string, accept: (body: string) => boolean, deadlineMs: number): Promise<string> {
  const until = Date.now() + deadlineMs;
  let body = '';
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      body = await response.text();
      if (response.ok && accept(body)) return body;
    } catch {
      // The server is still starting.
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return body;
}

describe('the dev server', () => {
  let server: ChildProcess;
  let origin = '';
  let log = '';
  let firstPage = '';

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/base-content/content'), CONTENT, { recursive: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    // Vitest's own variables (VITEST, NODE_ENV=test, BASE_URL…) would make the dev server behave as under test.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'SITE_URL'].includes(name)));
    server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--force', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      env: { ...env, CONTENT_DIR: CONTENT, SITE_BASE: '/summit-archive/', OUT_DIR: join(WORK, 'dist') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => void (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => void (log += chunk.toString()));
    const first = await pollPage(`${origin}/${SESSION}`, (body) => body.includes('<h1'), 90_000);
    if (!first.includes("Streams in Practice")) throw new Error(`the dev server did not serve the session page:\n${first.slice(0, 500)}\n${log.slice(-3000)}`);
    firstPage = first;
  }, 120_000);

  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('names no localhost address as canonical or in schema.org data when SITE_URL is unset', () => {
    expect(firstPage).toContain('<h1');
    expect(firstPage).not.toContain('rel="canonical"');
    expect(firstPage).not.toContain('og:url');
    expect(firstPage).not.toContain('application/ld+json');
    expect(firstPage).not.toContain('localhost:4321');
  });

  it('shows a correction edited on disk on the next page load', async () => {
    writeFileSync(join(CONTENT, 'summits/mini-summit-2021/corrections.yaml'), 'mini-summit-2021/streams-in-practice:\n  reason: The schedule page gives this title.\n  title: Streams in Practice, Revised\n');
    const body = await pollPage(`${origin}/${SESSION}`, (text) => text.includes('Streams in Practice, Revised'), 60_000);
    expect(body, log.slice(-2000)).toContain('Streams in Practice, Revised');
  }, 90_000);

  it('serves a contributed session added while it runs', async () => {
    mkdirSync(join(CONTENT, 'sessions'), { recursive: true });
    writeFileSync(join(CONTENT, 'sessions/added-while-running.mdx'), '---\nsummit: mini-summit-2021\ntrack: talks\ntitle: Added While Running\nprovenance: The schedule page.\n---\n\nA new session.\n');
    const body = await pollPage(`${origin}/summit-archive/summits/mini-summit-2021/`, (text) => text.includes('Added While Running'), 60_000);
    expect(body, log.slice(-2000)).toContain('Added While Running');
  }, 90_000);
});
