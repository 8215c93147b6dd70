/** `npm run new:session`: flags or prompts in, a valid content/sessions/<slug>.mdx out. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(ROOT, 'tests/.output/new-session');
const content = join(WORK, 'content');

function run(args: string[], input = '') {
  return spawnSync(process.execPath, ['scripts/new-session.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, input, encoding: 'utf8' });
}

/** What a contributor does next: replace the scaffold's TODO lines with a description. */
function finish(file: string): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('provenance: "TODO: say where these facts come from"', 'provenance: The schedule page').replace(/^TODO:.*\n(\nTODO:.*\n)*/mu, 'A talk about streams on tiny devices.\n'));
}

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/base-content'), WORK, { recursive: true });
});

describe('new:session', () => {
  it('writes a valid file from flags, and the session joins the archive', async () => {
    const result = run(['--summit', 'mini-summit-2021', '--track', 'talks', '--title', 'Kafka on Tiny Devices', '--speaker', 'Jane Doe, Acme Corp', '--speaker', 'Grace Hopper', '--slides', 'https://example.org/slides.pdf']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('created tests/.output/new-session/content/sessions/kafka-on-tiny-devices.mdx (session id mini-summit-2021/kafka-on-tiny-devices)');
    // As written, only the scaffold's TODO lines stand between the file and the archive.
    const scaffolded = await loadArchive({ root: WORK });
    expect(scaffolded.messages.map((message) => message.ruleId)).toEqual(['content/scaffold-left']);
    finish(join(content, 'sessions/kafka-on-tiny-devices.mdx'));
    const { archive, messages } = await loadArchive({ root: WORK });
    expect(messages).toEqual([]);
    const session = archive!.sessions.find((entry) => entry.id === 'mini-summit-2021/kafka-on-tiny-devices')!;
    expect(session).toMatchObject({ origin: 'contribution', title: 'Kafka on Tiny Devices', track: 'talks', links: { slides: 'https://example.org/slides.pdf' } });
    expect(session.speakers.map((speaker) => [speaker.name, speaker.affiliation])).toEqual([
      ['Jane Doe', 'Acme Corp'],
      ['Grace Hopper', null],
    ]);
  });

  it('asks for what is missing when interactive', async () => {
    const result = run(['--interactive'], 'mini-summit-2021\n\nAsked Talk\nAda Lovelace, Engines; Bob Ross\nThe schedule page\n');
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(content, 'sessions/asked-talk.mdx'), 'utf8');
    expect(text).toContain('track: talks\ntitle: Asked Talk\nspeakers:\n  - name: Ada Lovelace\n    affiliation: Engines\n  - name: Bob Ross\nprovenance: The schedule page\n');
    finish(join(content, 'sessions/asked-talk.mdx'));
    expect((await loadArchive({ root: WORK })).messages).toEqual([]);
  });

  it('refuses unknown summits and tracks, and missing flags when not interactive, writing nothing', async () => {
    const unknown = run(['--summit', 'nope', '--track', 'talks', '--title', 'X']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Unknown summit "nope"; expected one of mini-summit-2021.');
    const track = run(['--summit', 'mini-summit-2021', '--track', 'keynotes', '--title', 'X']);
    expect(track.stderr).toContain('Unknown track "keynotes"; expected one of talks.');
    const missing = run(['--summit', 'mini-summit-2021', '--track', 'talks']);
    expect(missing.stderr).toContain('Missing --title.');
    expect(existsSync(join(content, 'sessions'))).toBe(false);
  });

  it('never overwrites an existing file', async () => {
    const args = ['--summit', 'mini-summit-2021', '--track', 'talks', '--title', 'Twice'];
    expect(run(args).status).toBe(0);
    const again = run(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses a slug that breaks the id rule, writing nothing outside content/sessions/', async () => {
    for (const slug of ['../../x', '/tmp/x', 'My Talk', 'a/b', '..', 'talk.mdx']) {
      const result = run(['--summit', 'mini-summit-2021', '--track', 'talks', '--title', 'Escape', '--slug', slug]);
      expect(result.status, slug).toBe(1);
      expect(result.stderr, slug).toContain('is not a valid slug');
    }
    expect(existsSync(join(WORK, 'x.mdx'))).toBe(false);
    expect(existsSync(join(ROOT, 'tests/x.mdx'))).toBe(false);
    expect(existsSync(join(content, 'sessions'))).toBe(false);
  });
});
