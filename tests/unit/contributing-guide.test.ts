/**
 * CONTRIBUTING.md stays true: its "what happens after you open a pull request" section
 * names what check.yml really runs, and new:session writes exactly the scaffold it shows.
 * (Its worked examples are applied to a copy of the archive and built in
 * tests/site/contributing-examples.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
const section = (heading: string) => {
  const start = guide.indexOf(`## ${heading}`);
  const end = guide.indexOf('\n## ', start + 3);
  return guide.slice(start, end < 0 ? undefined : end);
};
const block = (info: string) => new RegExp(`\`\`\`${info}\\n([\\s\\S]*?)\`\`\``, 'u').exec(guide)?.[1];

describe('"What happens after you open a pull request"', () => {
  const text = section('What happens after you open a pull request');
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/check.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: { check: { steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> } } };
  const steps = workflow.jobs.check.steps;

  it('names every command check.yml runs', () => {
    const commands = steps.flatMap((step) => (step.run?.startsWith('npm run ') || step.run === 'npm test' ? [step.run.replace(/ --summary$/u, '').replace(/"origin\/\$BASE_REF"/u, 'origin/main')] : []));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const command of commands) expect(text, command).toContain(`\`${command}\``);
  });

  it('names the artifact the workflow uploads, and says the check runs on every pull request', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(text).toContain(`**${String(upload.with!.name)}**`);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(text).toContain('runs on every pull request');
  });
});

describe('new:session', () => {
  it('writes exactly the scaffold CONTRIBUTING.md shows for worked example 3', () => {
    const scaffold = block('mdx scaffold');
    expect(scaffold).toBeDefined();
    const work = join(ROOT, `tests/.output/contributing-guide-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    cpSync(SEED_CONTENT, join(work, 'content'), { recursive: true });
    const command = /npm run new:session -- ([\s\S]*?)\n```/u.exec(guide)![1]!.replace(/\\\n\s*/gu, ' ');
    const args = [...command.matchAll(/--(\w+) (?:"([^"]*)"|(\S+))/gu)].flatMap((match) => [`--${match[1]}`, match[2] ?? match[3]!]);
    const result = spawnSync(process.execPath, ['scripts/new-session.ts', ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(work, 'content') }, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(work, 'content/sessions/event-streaming-in-the-wild.mdx'), 'utf8')).toBe(scaffold);
    // Left as written, the scaffold does not pass the check.
    const check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: join(work, 'content') }, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('Placeholder text from `npm run new:session` is still here');
    rmSync(work, { recursive: true, force: true });
  }, 60_000);
});
