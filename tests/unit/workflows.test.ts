/**
 * The GitHub workflows keep the properties the project relies on, including the hardening
 * from the security review: actions pinned to full commit SHAs, least-privilege token
 * permissions per job, no persisted checkout credentials, no `pull_request_target`, no
 * event data interpolated into scripts, and a timeout on every job.
 *
 * Each hardening rule is a function that returns the problems it finds. The real workflows
 * must have none; a copy of each workflow broken on purpose must have some, so no rule can
 * pass vacuously.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CODE_PATHS } from '../../src/loaders/archive-loader.ts';

type Workflow = { name: string; text: string; yaml: Record<string, any> };
type Step = Record<string, any>;

const FILES = ['check.yml', 'deploy.yml'] as const;

const read = (name: string) => readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), 'utf8');
const load = (name: string, text = read(name)): Workflow => ({ name, text, yaml: parse(text) as Record<string, any> });
const workflow = (name: string) => load(name);

/** A copy of a real workflow with `from` replaced by `to`; throws if `from` is absent, so a
 * mutation can never silently be a no-op. */
const broken = (name: string, from: string | RegExp, to: string): Workflow => {
  const text = read(name);
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`mutation of ${name} did not apply: ${String(from)}`);
  return load(name, changed);
};

const jobs = (wf: Workflow) => Object.entries((wf.yaml.jobs ?? {}) as Record<string, Record<string, any>>);
const steps = (wf: Workflow) =>
  jobs(wf).flatMap(([job, body]) => ((body.steps ?? []) as Step[]).map((step, index) => ({ job, index, step })));

// --- rules ------------------------------------------------------------------------------

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_./-]+)?@[0-9a-f]{40}$/u;
const PINNED_LINE =
  /^\s*(?:-\s+)?uses:\s*(['"]?)([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_./-]+)?@[0-9a-f]{40})\1[ \t]+#[ \t]*v\d+(?:\.\d+)*\S*[ \t]*$/u;
const USES_LINE = /^\s*(?:-\s+)?uses\s*:/u;

/** Every `uses:` (step or reusable-workflow job) is owner/repo[/path]@<40 hex>, written on a
 * line of its own with a `# v…` comment after it. */
function unpinnedActions(wf: Workflow): string[] {
  const problems: string[] = [];
  const parsed = [
    ...jobs(wf).flatMap(([job, body]) => (body.uses === undefined ? [] : [{ where: `jobs.${job}`, uses: body.uses }])),
    ...steps(wf).flatMap(({ job, index, step }) =>
      step.uses === undefined ? [] : [{ where: `jobs.${job}.steps[${index}]`, uses: step.uses }],
    ),
  ];
  for (const { where, uses } of parsed) {
    if (typeof uses !== 'string' || !PINNED.test(uses)) problems.push(`${where}: not pinned to a full commit SHA: ${uses}`);
  }
  const lines = wf.text.split('\n').filter((line) => USES_LINE.test(line));
  for (const line of lines) {
    if (!PINNED_LINE.test(line)) problems.push(`line without a SHA and a "# v…" comment: ${line.trim()}`);
  }
  // A `uses:` the line scan cannot see (flow style, `{ uses: … }`) escapes the comment rule.
  const pinnedLines = lines.map((line) => PINNED_LINE.exec(line)?.[2]).filter(Boolean);
  const pinnedParsed = parsed.map(({ uses }) => uses).filter((uses) => typeof uses === 'string' && PINNED.test(uses));
  if (pinnedLines.length !== parsed.length || pinnedParsed.some((uses) => !pinnedLines.includes(uses)))
    problems.push(`${parsed.length} uses in the YAML, ${pinnedLines.length} pinned "uses:" lines with a version comment`);
  return problems;
}

const events = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : on && typeof on === 'object' ? Object.keys(on) : [];

/** Never `pull_request_target` (it runs fork code with the base repository's token and secrets). */
function pullRequestTarget(wf: Workflow): string[] {
  return events(wf.yaml.on).filter((event) => event === 'pull_request_target').map((event) => `triggered by ${event}`);
}

/** The workflow-level token grants nothing beyond `contents: read`; it must be stated, since
 * an absent `permissions:` falls back to the repository default, which may be write-all. */
function broadTopLevelPermissions(wf: Workflow): string[] {
  const permissions = wf.yaml.permissions;
  if (permissions === undefined) return ['no workflow-level permissions (falls back to the repository default)'];
  if (permissions === null || typeof permissions !== 'object' || Array.isArray(permissions))
    return [`workflow-level permissions: ${JSON.stringify(permissions)}`];
  return Object.entries(permissions)
    .filter(([scope, level]) => level !== 'none' && !(scope === 'contents' && level === 'read'))
    .map(([scope, level]) => `workflow-level permissions grant ${scope}: ${level}`);
}

const grants = (permissions: unknown, scope: string) =>
  permissions === 'write-all' ||
  (permissions !== null && typeof permissions === 'object' && (permissions as Record<string, unknown>)[scope] === 'write');

/** `pages: write` and `id-token: write` belong to deploy.yml's `deploy` job and nowhere else
 * (the workflow level counts as every job). */
function misplacedDeployPermissions(wf: Workflow): string[] {
  const problems: string[] = [];
  for (const scope of ['pages', 'id-token']) {
    if (grants(wf.yaml.permissions, scope)) problems.push(`workflow-level ${scope}: write`);
    for (const [job, body] of jobs(wf)) {
      const allowed = wf.name === 'deploy.yml' && job === 'deploy';
      if (grants(body.permissions, scope) && !allowed) problems.push(`jobs.${job}: ${scope}: write`);
    }
  }
  return problems;
}

const CHECKOUT = /^actions\/checkout@/u;

/** Every checkout leaves no token behind in .git/config. */
function persistedCredentials(wf: Workflow): string[] {
  return steps(wf)
    .filter(({ step }) => typeof step.uses === 'string' && CHECKOUT.test(step.uses))
    .filter(({ step }) => step.with?.['persist-credentials'] !== false && step.with?.['persist-credentials'] !== 'false')
    .map(({ job, index }) => `jobs.${job}.steps[${index}]: checkout without persist-credentials: false`);
}

// `${{ … github.event… }}`, `${{ github['event'] }}`, and `github.head_ref` (the fork's branch
// name, just as attacker-controlled), anywhere inside an expression.
const EVENT_EXPRESSION = /\$\{\{(?:(?!\}\}).)*?\bgithub\s*(?:\.\s*(?:event|head_ref)\b|\[\s*['"](?:event|head_ref)['"]\s*\])/su;

/** No event data is interpolated into a `run:` script (pass it through `env:` instead). */
function scriptInjection(wf: Workflow): string[] {
  return steps(wf)
    .filter(({ step }) => typeof step.run === 'string' && EVENT_EXPRESSION.test(step.run))
    .map(({ job, index }) => `jobs.${job}.steps[${index}]: github.event/head_ref expression inside run:`);
}

const CACHE = /^actions\/cache(?:\/restore|\/save)?@/u;
const HASH_FILES = /\$\{\{\s*hashFiles\(([^)]*)\)\s*\}\}/gu;
/** CODE_PATHS as hashFiles() patterns: a folder stands for everything under it. */
const CODE_PATTERNS = CODE_PATHS.map((path) => (path.includes('.') ? path : `${path}/**`));

/**
 * A cached Astro content store is only ever restored by the code that wrote it: only
 * deploy.yml's build job caches, only node_modules/.astro, after `npm ci` (which would
 * delete it) and before the build; the key starts with the OS and a hashFiles() of exactly
 * the loader's CODE_PATHS, and every restore key keeps that whole prefix.
 */
function unsafeContentCache(wf: Workflow): string[] {
  const problems: string[] = [];
  for (const [job, body] of jobs(wf)) {
    const list = (body.steps ?? []) as Step[];
    list.forEach((step, index) => {
      if (!CACHE.test(String(step.uses ?? ''))) return;
      const where = `${wf.name} jobs.${job}.steps[${index}]`;
      if (wf.name !== 'deploy.yml' || job !== 'build') problems.push(`${where}: a cache outside deploy.yml's build job`);
      if (step.with?.path !== 'node_modules/.astro') problems.push(`${where}: caches ${JSON.stringify(step.with?.path)}, not node_modules/.astro`);
      const install = list.findIndex((other) => /\bnpm ci\b/u.test(String(other.run ?? '')));
      const build = list.findIndex((other) => /\bnpm run build\b/u.test(String(other.run ?? '')));
      if (!(install >= 0 && install < index && index < build)) problems.push(`${where}: not between npm ci and npm run build`);
      const key = String(step.with?.key ?? '');
      const prefix = /^astro-content-\$\{\{ runner\.os \}\}-(\$\{\{ hashFiles\([^)]*\) \}\})-/u.exec(key);
      const patterns = prefix ? [...prefix[1]!.matchAll(HASH_FILES)].flatMap((match) => match[1]!.split(',').map((part) => part.trim().replace(/^'|'$/gu, ''))) : [];
      if (!prefix || JSON.stringify([...patterns].sort()) !== JSON.stringify([...CODE_PATTERNS].sort()))
        problems.push(`${where}: the key does not start with astro-content-<os>-hashFiles(${CODE_PATTERNS.join(', ')}): ${key}`);
      const restore = String(step.with?.['restore-keys'] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
      for (const line of restore) if (!prefix || !line.startsWith(prefix[0])) problems.push(`${where}: restore key ${line} is broader than the code hash`);
    });
  }
  return problems;
}

/** Every job has a positive `timeout-minutes` (the default is six hours). */
function missingTimeouts(wf: Workflow): string[] {
  return jobs(wf)
    .filter(([, body]) => !(typeof body['timeout-minutes'] === 'number' && body['timeout-minutes'] > 0))
    .map(([job]) => `jobs.${job}: no timeout-minutes`);
}

// --- the workflows as they are ------------------------------------------------------------

describe('.github/workflows', () => {
  it('checks pull requests on pull_request, never pull_request_target: npm ci, chromium, check, typecheck, test, build', () => {
    const { yaml } = workflow('check.yml');
    expect(Object.keys(yaml.on)).toContain('pull_request');
    expect(Object.keys(yaml.on)).not.toContain('pull_request_target');
    const steps = (yaml.jobs.check.steps as Array<{ run?: string }>).map((step) => step.run ?? '').join('\n');
    for (const command of ['npm ci', 'apt-get install', 'chromium', 'CHROMIUM_PATH', 'npm run check', 'npm run typecheck', 'npm test', 'npm run build'])
      expect(steps).toContain(command);
    expect(yaml.jobs.check.permissions).toEqual({ contents: 'read' });
    expect(yaml.jobs.check['timeout-minutes']).toBeGreaterThan(0);
  });

  it('deploys to Pages with site and base from the repository, reusing a content store only from the same code', () => {
    const { yaml } = workflow('deploy.yml');
    const build = yaml.jobs.build.steps.find((step: { name?: string }) => step.name === 'Build');
    expect(build.run).toContain('npm run build');
    expect(build.env.SITE_URL).toContain('steps.pages.outputs.origin');
    expect(build.env.SITE_BASE).toContain('steps.pages.outputs.base_path');
    expect(build.env.REPOSITORY_URL).toContain('github.repository');
    expect(build.env.REPOSITORY_BRANCH).toContain('github.ref_name');
    const upload = yaml.jobs.build.steps.find((step: { uses?: string }) => /^actions\/upload-pages-artifact@/u.test(step.uses ?? ''));
    expect(upload.with.path).toBe('dist');
    expect(yaml.jobs.deploy.needs).toBe('build');
    expect(yaml.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/u);
    const caches = (yaml.jobs.build.steps as Step[]).filter((step) => CACHE.test(String(step.uses ?? '')));
    expect(caches).toHaveLength(1);
    expect(caches[0]!.with.key).toContain("hashFiles('content/**')");
    expect(unsafeContentCache(workflow('deploy.yml'))).toEqual([]);
    // Pull requests never restore or save a content store.
    expect(steps(workflow('check.yml')).filter(({ step }) => CACHE.test(String(step.uses ?? '')) || /\.astro/u.test(JSON.stringify(step.with ?? {})))).toEqual([]);
  });

  it('grants each job only what it needs: contents: read to build and check; pages and id-token write to deploy alone', () => {
    expect(workflow('check.yml').yaml.jobs.check.permissions).toEqual({ contents: 'read' });
    const { yaml } = workflow('deploy.yml');
    expect(yaml.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(yaml.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  describe.each(FILES)('%s', (name) => {
    const wf = workflow(name);

    it('pins every action to a full commit SHA with a "# v…" comment', () => {
      expect(steps(wf).some(({ step }) => step.uses !== undefined)).toBe(true);
      expect(unpinnedActions(wf)).toEqual([]);
    });
    it('is never triggered by pull_request_target', () => expect(pullRequestTarget(wf)).toEqual([]));
    it('grants nothing beyond contents: read at the workflow level', () => expect(broadTopLevelPermissions(wf)).toEqual([]));
    it('grants pages/id-token write only to the deploy job', () => expect(misplacedDeployPermissions(wf)).toEqual([]));
    it('checks out without persisting credentials', () => {
      expect(steps(wf).some(({ step }) => CHECKOUT.test(step.uses ?? ''))).toBe(true);
      expect(persistedCredentials(wf)).toEqual([]);
    });
    it('interpolates no github.event expression into a run: script', () => expect(scriptInjection(wf)).toEqual([]));
    it('sets timeout-minutes on every job', () => {
      expect(jobs(wf).length).toBeGreaterThan(0);
      expect(missingTimeouts(wf)).toEqual([]);
    });
  });
});

// --- the rules catch what they are meant to catch -------------------------------------------

describe('workflow hardening rules reject a broken copy', () => {
  it.each([
    ['a key without the code hash', broken('deploy.yml', /key: astro-content-\$\{\{ runner\.os \}\}-\$\{\{ hashFiles\([^)]*\) \}\}-/u, 'key: astro-content-${{ runner.os }}-')],
    ['a code hash that leaves out the parser', broken('deploy.yml', /key: (.*?)'src\/parse\/\*\*', /u, 'key: $1')],
    ['a restore key broader than the code hash', broken('deploy.yml', /(restore-keys: \|\n\s+)astro-content-\$\{\{ runner\.os \}\}-.*\n/u, '$1astro-content-${{ runner.os }}-\n')],
    ['the whole node_modules', broken('deploy.yml', /path: node_modules\/\.astro/u, 'path: node_modules')],
    ['a restore before npm ci', broken('deploy.yml', /(\n\s+- name: Install dependencies\n\s+run: npm ci)((?:\n.*)*?)(\n\s+- name: Build)/u, '$2$1$3')],
    ['a cache on pull requests', broken('check.yml', /(\n(\s+)- name: [^\n]*\n\s+run: npm ci\n)/u, '$1$2- uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830 # v4.3.0\n$2  with:\n$2    path: node_modules/.astro\n$2    key: x\n')],
  ])('content cache: %s', (_, wf) => expect(unsafeContentCache(wf)).not.toEqual([]));

  const CHECKOUT_SHA = /(actions\/checkout@)[0-9a-f]{40}/u;

  it.each([
    ['a tag instead of a SHA', broken('check.yml', /(actions\/checkout@)[0-9a-f]{40} # (v[\d.]+)/u, '$1v4 # $2')],
    ['a short SHA', broken('deploy.yml', /(actions\/deploy-pages@[0-9a-f]{39})[0-9a-f]/u, '$1')],
    ['an upper-case SHA', broken('check.yml', CHECKOUT_SHA, '$1ABCDEF0123456789ABCDEF0123456789ABCDEF01')],
    ['a branch name', broken('deploy.yml', /(actions\/configure-pages@)[0-9a-f]{40}/u, '$1main')],
    ['no version comment', broken('deploy.yml', /(actions\/upload-pages-artifact@[0-9a-f]{40}) # v[\d.]+/u, '$1')],
    ['a comment that is not a version', broken('check.yml', /(actions\/setup-node@[0-9a-f]{40}) # v[\d.]+/u, '$1 # pinned')],
    ['a flow-style step the line scan cannot see', broken('deploy.yml', /- id: deployment\n(\s+)uses: (\S+) # v[\d.]+/u, '- { id: deployment, uses: $2 }')],
    ['an unpinned reusable workflow', broken('deploy.yml', /\n {2}deploy:\n/u, '\n  reuse:\n    uses: owner/repo/.github/workflows/x.yml@main\n  deploy:\n')],
  ])('unpinned actions: %s', (_, wf) => expect(unpinnedActions(wf)).not.toEqual([]));

  it.each([
    ['as a mapping key', broken('check.yml', /\n {2}pull_request:\n/u, '\n  pull_request_target:\n')],
    ['as a list', broken('check.yml', /\non:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]\n/u, '\non: [push, pull_request_target]\n')],
    ['as a string', broken('check.yml', /\non:\n {2}pull_request:\n {2}push:\n {4}branches: \[main\]\n/u, '\non: pull_request_target\n')],
  ])('pull_request_target %s', (_, wf) => expect(pullRequestTarget(wf)).not.toEqual([]));

  it.each([
    ['write-all', broken('check.yml', /^permissions: \{\}$/mu, 'permissions: write-all')],
    ['read-all', broken('deploy.yml', /^permissions: \{\}$/mu, 'permissions: read-all')],
    ['contents: write', broken('check.yml', /^permissions: \{\}$/mu, 'permissions:\n  contents: write')],
    ['pages: write', broken('deploy.yml', /^permissions: \{\}$/mu, 'permissions:\n  contents: read\n  pages: write')],
    ['absent', broken('deploy.yml', /^permissions: \{\}\n/mu, '')],
  ])('workflow-level permissions %s', (_, wf) => expect(broadTopLevelPermissions(wf)).not.toEqual([]));

  it('keeps contents: read acceptable at the workflow level', () =>
    expect(broadTopLevelPermissions(broken('check.yml', /^permissions: \{\}$/mu, 'permissions:\n  contents: read'))).toEqual([]));

  it.each([
    ['pages: write on the build job', broken('deploy.yml', /(\n {2}build:\n(?:.*\n)*? {4}permissions:\n {6}contents: read\n)/u, '$1      pages: write\n')],
    ['id-token: write on the check job', broken('check.yml', / {6}contents: read\n/u, '      contents: read\n      id-token: write\n')],
    ['write-all on the build job', broken('deploy.yml', /(\n {2}build:\n(?:.*\n)*? {4})permissions:\n {6}contents: read\n/u, '$1permissions: write-all\n')],
    ['id-token: write for the whole workflow', broken('deploy.yml', /^permissions: \{\}$/mu, 'permissions:\n  id-token: write')],
  ])('deploy permissions misplaced: %s', (_, wf) => expect(misplacedDeployPermissions(wf)).not.toEqual([]));

  it.each([
    ['persist-credentials: true', broken('check.yml', 'persist-credentials: false', 'persist-credentials: true')],
    ['no persist-credentials', broken('deploy.yml', /\n {8}with:\n {10}persist-credentials: false/u, '')],
  ])('checkout %s', (_, wf) => expect(persistedCredentials(wf)).not.toEqual([]));

  it.each([
    ['a PR title', 'echo "${{ github.event.pull_request.title }}"'],
    ['a head commit message', 'echo ${{github.event.head_commit.message}}'],
    ['index syntax', "echo \"${{ github['event'].issue.body }}\""],
    ['a function call over the event', 'echo "${{ toJSON(github.event) }}"'],
    ['the head branch name', 'git switch "${{ github.head_ref }}"'],
  ])('script injection: %s', (_, script) => {
    const wf = broken('check.yml', / {6}- name: Build\n/u, `      - name: Injected\n        run: |\n          ${script}\n      - name: Build\n`);
    expect(scriptInjection(wf)).not.toEqual([]);
  });

  it('allows event data passed through env: to a run: script', () => {
    const wf = broken('check.yml', / {6}- name: Build\n/u, '      - name: Safe\n        env:\n          TITLE: ${{ github.event.pull_request.title }}\n        run: echo "$TITLE"\n      - name: Build\n');
    expect(scriptInjection(wf)).toEqual([]);
  });

  it.each([
    ['check', broken('check.yml', / {4}timeout-minutes: \d+\n/u, '')],
    ['deploy', broken('deploy.yml', /(\n {2}deploy:\n(?:.*\n)*?) {4}timeout-minutes: \d+\n/u, '$1')],
    ['zero', broken('deploy.yml', /timeout-minutes: \d+/u, 'timeout-minutes: 0')],
  ])('missing timeout-minutes: %s', (_, wf) => expect(missingTimeouts(wf)).not.toEqual([]));
});
