/**
 * `npm run diff`: the report every content pull request gets, for the four kinds of change
 * contributors make. Each case commits the small base archive to a fresh git repository,
 * changes the working tree as a pull request would, and pins the report against HEAD.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const REPO = join(ROOT, 'tests/.output/archive-diff');

function git(...args: string[]): void {
  const result = spawnSync('git', ['-C', REPO, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

function write(path: string, text: string): void {
  mkdirSync(join(REPO, 'content', path, '..'), { recursive: true });
  writeFileSync(join(REPO, 'content', path), text);
}

function report(): string {
  const result = spawnSync(process.execPath, ['scripts/diff.ts', 'HEAD', '--repo', REPO], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_BASE: '/summit-archive/' } });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

beforeEach(() => {
  rmSync(REPO, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/base-content/content'), join(REPO, 'content'), { recursive: true });
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '--quiet', '-m', 'base');
});

describe('npm run diff', () => {
  it('reports a correction: the fields it changes, before and after, and the pages', () => {
    write(
      'summits/mini-summit-2021/corrections.yaml',
      'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped:\n  reason: The schedule page gives title and speaker.\n  provenance: https://example.org/schedule\n  title: Connect Everything\n  speakers:\n    - name: Grace Hopper\n      affiliation: Navy\n  links:\n    video: https://www.youtube.com/watch?v=abc\n',
    );
    expect(report()).toMatchInlineSnapshot(`
      "## What this change does to the archive

      Compared with \`HEAD\`.

      ### Sessions

      - **changed** \`mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped\`: Connect Everything

        | field | before | after |
        | --- | --- | --- |
        | displayTitle | Untitled talks lose their titles when pages are scraped | Connect Everything |
        | titleSource | derived | correction |
        | speakers | [] | [{"id":"grace-hopper","name":"Grace Hopper","listedAs":"Grace Hopper","affiliation":"Navy","role":null}] |
        | links | {} | {"video":"https://www.youtube.com/watch?v=abc"} |
        | correction | null | {"fields":["title","speakers","links"],"reason":"The schedule page gives title and speaker.","provenance":"https://example.org/schedule","file":"content/summ… |

      ### Speakers

      - **added** \`grace-hopper\`: Grace Hopper

      ### Pages affected (5)

      - /summit-archive/sessions/mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped/
      - /summit-archive/speakers/
      - /summit-archive/speakers/grace-hopper/
      - /summit-archive/summits/mini-summit-2021/
      - /summit-archive/summits/mini-summit-2021/talks/

      "
    `);
  }, 30_000);

  it('reports a new contributed session', () => {
    write('sessions/late-addition.mdx', '---\nsummit: mini-summit-2021\ntrack: talks\ntitle: A Late Addition\nspeakers:\n  - name: Jane Doe\n    affiliation: Acme Corp\nprovenance: The schedule page.\n---\n\nA talk the listing missed.\n');
    expect(report()).toMatchInlineSnapshot(`
      "## What this change does to the archive

      Compared with \`HEAD\`.

      ### Summits

      - 1 other record(s) whose lists or counts changed as a consequence

      ### Sessions

      - **added** \`mini-summit-2021/late-addition\`: A Late Addition
      - 2 other session(s) whose related sessions or position changed as a consequence

      ### Speakers

      - **changed** \`jane-doe\`: Jane Doe

        | field | before | after |
        | --- | --- | --- |
        | sessions | ["mini-summit-2021/streams-in-practice"] | ["mini-summit-2021/streams-in-practice","mini-summit-2021/late-addition"] |

      ### Pages affected (5)

      - /summit-archive/sessions/mini-summit-2021/late-addition/
      - /summit-archive/speakers/
      - /summit-archive/speakers/jane-doe/
      - /summit-archive/summits/mini-summit-2021/
      - /summit-archive/summits/mini-summit-2021/talks/

      "
    `);
  }, 30_000);

  it('reports an alias merge: one speaker fewer, the other gains the alias', () => {
    write('speakers/aliases.yaml', 'people:\n  - name: Jane Doe\n    aliases: [John Roe]\n    note: Reviewed as one person for this test.\ndistinct: []\n');
    expect(report()).toMatchInlineSnapshot(`
      "## What this change does to the archive

      Compared with \`HEAD\`.

      ### Sessions

      - **changed** \`mini-summit-2021/streams-in-practice\`: Streams in Practice

        | field | before | after |
        | --- | --- | --- |
        | speakers | [{"id":"jane-doe","name":"Jane Doe","listedAs":"Jane Doe","affiliation":"Acme Corp","role":null},{"id":"john-roe","name":"John Roe","listedAs":"John Roe","af… | [{"id":"jane-doe","name":"Jane Doe","listedAs":"Jane Doe","affiliation":"Acme Corp","role":null},{"id":"jane-doe","name":"Jane Doe","listedAs":"John Roe","af… |

      ### Speakers

      - **removed** \`john-roe\`: John Roe
      - **changed** \`jane-doe\`: Jane Doe

        | field | before | after |
        | --- | --- | --- |
        | aliases | [] | ["John Roe"] |
        | affiliations | ["Acme Corp"] | ["Acme Corp","Globex"] |

      ### Pages affected (6)

      - /summit-archive/sessions/mini-summit-2021/streams-in-practice/
      - /summit-archive/speakers/
      - /summit-archive/speakers/jane-doe/
      - /summit-archive/speakers/john-roe/
      - /summit-archive/summits/mini-summit-2021/
      - /summit-archive/summits/mini-summit-2021/talks/

      "
    `);
  }, 30_000);

  it('reports a new summit with its sessions, speakers and pages', () => {
    write('summits/tiny-summit-2022/summit.yaml', 'name: Tiny Summit 2022\nyear: 2022\ncity: Oslo\ntracks:\n  - heading: Talks\n    name: Talks\n');
    write('summits/tiny-summit-2022/listing.txt', 'Tiny Summit 2022\n\nTalks\n\n  • Streams on a Fjord\n\n    Ola Nordmann, Fjord Data\n\n    View Description\n\n    Streaming at the edge of the sea.\n');
    expect(report()).toMatchInlineSnapshot(`
      "## What this change does to the archive

      Compared with \`HEAD\`.

      ### Summits

      - **added** \`tiny-summit-2022\`: Tiny Summit 2022

      ### Sessions

      - **added** \`tiny-summit-2022/streams-on-a-fjord\`: Streams on a Fjord
      - 3 other session(s) whose related sessions or position changed as a consequence

      ### Speakers

      - **added** \`ola-nordmann\`: Ola Nordmann

      ### Pages affected (6)

      - /summit-archive/
      - /summit-archive/sessions/tiny-summit-2022/streams-on-a-fjord/
      - /summit-archive/speakers/
      - /summit-archive/speakers/ola-nordmann/
      - /summit-archive/summits/tiny-summit-2022/
      - /summit-archive/summits/tiny-summit-2022/talks/

      "
    `);
  }, 30_000);
});
