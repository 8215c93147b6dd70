/**
 * Contributor content end to end: a correction to the seed archive shows on its page and
 * in the export; a session added as MDX appears everywhere a session does; and invalid
 * content stops `npm run check` with file:line errors (hostile content: the hostile corpus,
 * tests/unit/hostile-corpus.test.ts and tests/site/hostile-build.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { filesIn, load } from '../support/dist.ts';
import { ROOT, SITE_OUT } from '../support/paths.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const OUTPUT = join(ROOT, 'tests/.output');
const FIXTURES = join(ROOT, 'tests/fixtures');

/** Make a content folder under tests/.output from layers of fixture folders (later layers win). */
function contentFrom(name: string, layers: string[]): string {
  const root = join(OUTPUT, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const layer of layers) cpSync(layer, root, { recursive: true });
  return join(root, 'content');
}

describe('a correction to the seed archive', () => {
  const id = 'kafka-summit-san-francisco-2019/using-kafka-to-discover-events-hidden-in-your-database-anna';

  it('changes the built page, flagged as corrected with the original text visible', () => {
    const $ = load(join(SITE_OUT, 'sessions', id, 'index.html'));
    expect($('h1').text()).toBe('Using Kafka to Discover Events Hidden in your Database');
    const note = $('aside.correction').text().replace(/\s+/gu, ' ');
    expect(note).toContain('corrected');
    expect(note).toContain('Corrected title, speakers');
    expect(note).toContain('none (shown as “Using Kafka to Discover Events Hidden in your Database Anna McDonald…”');
    expect($('dl.facts').text()).toContain('Anna McDonald (Principal Software Developer, SAS Institute)');
    expect($('main').text()).not.toContain('title not in the source listing');
  });

  it('changes the data export, keeping the source title null and the original values', () => {
    const sessions = JSON.parse(readFileSync(join(SITE_OUT, 'data/sessions.json'), 'utf8')) as Array<Record<string, any>>;
    const session = sessions.find((entry) => entry.id === id)!;
    expect(session.title).toBeNull();
    expect(session.displayTitle).toBe('Using Kafka to Discover Events Hidden in your Database');
    expect(session.titleSource).toBe('correction');
    expect(session.correction.fields).toEqual(['title', 'speakers']);
    expect(session.correction.original.displayTitle).toBe('Using Kafka to Discover Events Hidden in your Database Anna McDonald…');
    expect(session.speakers).toEqual([{ id: 'anna-mcdonald', name: 'Anna McDonald', listedAs: 'Anna McDonald', affiliation: 'SAS Institute', role: 'Principal Software Developer' }]);
  });
});

describe('npm run check', () => {
  it('exits non-zero with file:line errors, and GitHub annotations under GitHub Actions', () => {
    const content = contentFrom('check-malformed', [join(FIXTURES, 'base-content'), join(FIXTURES, 'malformed/correction-unknown-track')]);
    const result = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content, GITHUB_ACTIONS: 'true' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('tests/.output/check-malformed/content/summits/mini-summit-2021/corrections.yaml:3:10  Unknown track "lightning"');
    expect(result.stdout).toContain(
      '::error file=tests/.output/check-malformed/content/summits/mini-summit-2021/corrections.yaml,line=3,col=10,title=mini-summit-2021/operating-kafka-at-scale.track::Unknown track "lightning"%0A',
    );
  });
});
