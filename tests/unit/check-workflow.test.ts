/** The pull-request check gives every content pull request its change report and a downloadable preview. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(new URL('../../.github/workflows/check.yml', import.meta.url), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const steps = workflow.jobs.check!.steps;

describe('check.yml', () => {
  it('runs on every pull request, whatever files it touches', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    expect((workflow.on.pull_request as { paths?: unknown } | null)?.paths).toBeUndefined();
  });

  it('checks out the whole history, so the report can read the base branch', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'))!;
    expect(checkout.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('writes the change report against the base branch into the job summary', () => {
    const report = steps.find((step) => step.run?.includes('npm run diff'))!;
    expect(report.if).toBe("github.event_name == 'pull_request'");
    expect(report.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(report.run).toBe('npm run diff -- "origin/$BASE_REF" --summary');
  });

  it('validates, type-checks, tests and builds, then uploads the built site', () => {
    const runs = steps.map((step) => step.run ?? step.uses ?? '');
    const order = ['npm run check', 'npm run typecheck', 'npm test', 'npm run build'].map((command) => runs.findIndex((run) => run === command));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ name: 'site-preview', path: 'dist' });
    expect(steps.indexOf(upload)).toBeGreaterThan(order.at(-1)!);
  });
});
