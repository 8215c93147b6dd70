/** The GitHub workflows keep the properties the project relies on. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = (name: string) => {
  const text = readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8');
  return { text, yaml: parse(text) as Record<string, any> };
};

describe('.github/workflows', () => {
  it('checks pull requests on pull_request, never pull_request_target: npm ci, check, test, build', () => {
    const { yaml } = workflow('check.yml');
    expect(Object.keys(yaml.on)).toContain('pull_request');
    expect(Object.keys(yaml.on)).not.toContain('pull_request_target');
    const steps = (yaml.jobs.check.steps as Array<{ run?: string }>).map((step) => step.run ?? '').join('\n');
    for (const command of ['npm ci', 'npm run check', 'npm test', 'npm run build']) expect(steps).toContain(command);
    expect(yaml.permissions).toEqual({ contents: 'read' });
  });

  it('deploys to Pages with site and base from the repository, and no cached .astro content store', () => {
    const { yaml } = workflow('deploy.yml');
    expect(yaml.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const build = yaml.jobs.build.steps.find((step: { name?: string }) => step.name === 'Build');
    expect(build.env.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(build.env.SITE_BASE).toContain('steps.pages.outputs.base_path');
    expect(yaml.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/u);
    const steps = Object.values(yaml.jobs).flatMap((job: any) => job.steps as Array<Record<string, any>>);
    expect(steps.filter((step) => /actions\/cache/u.test(step.uses ?? '') || /\.astro/u.test(JSON.stringify(step.with ?? {})))).toEqual([]);
  });
});
