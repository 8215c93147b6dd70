/** Corrections and speaker profiles applied by the pure archive builder, on the small base archive. */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const WORK = join(ROOT, 'tests/.output/corrections-unit');
const write = (path: string, text: string) => {
  mkdirSync(join(WORK, 'content', path, '..'), { recursive: true });
  writeFileSync(join(WORK, 'content', path), text);
};
const load = async () => {
  const result = await loadArchive({ root: WORK, base: '/base/' });
  expect(result.messages.map(String)).toEqual([]);
  return result.archive!;
};

beforeEach(() => {
  rmSync(WORK, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/base-content'), WORK, { recursive: true });
  write(
    'summits/mini-summit-2021/summit.yaml',
    'name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n',
  );
});

describe('corrections', () => {
  it('hide a parsed entry that is not a session: no record, no track entry', async () => {
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/operating-kafka-at-scale:\n  reason: A promotion block, not a talk.\n  hide: true\n');
    const archive = (await load());
    expect(archive.sessions.map((session) => session.id)).not.toContain('mini-summit-2021/operating-kafka-at-scale');
    expect(archive.report.hidden).toEqual(['mini-summit-2021/operating-kafka-at-scale']);
    expect(archive.summits[0]!.tracks[0]!.sessions).toHaveLength(2);
    expect(archive.speakers.map((speaker) => speaker.id)).not.toContain('ada-lovelace');
  });

  it('set title, speakers and links, keeping the id and recording the original values', async () => {
    write(
      'summits/mini-summit-2021/corrections.yaml',
      [
        'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped:',
        '  reason: The recording title slide names it.',
        '  title: Connect Everything',
        '  speakers:',
        '    - name: John Roe',
        '      affiliation: Globex',
        '  links:',
        '    video: https://video.example.org/connect',
        '',
      ].join('\n'),
    );
    const session = (await load()).sessions.find((entry) => entry.id === 'mini-summit-2021/untitled-talks-lose-their-titles-when-pages-are-scraped')!;
    expect(session).toMatchObject({
      title: null,
      displayTitle: 'Connect Everything',
      titleSource: 'correction',
      links: { video: 'https://video.example.org/connect' },
      speakers: [{ id: 'john-roe', name: 'John Roe', listedAs: 'John Roe', affiliation: 'Globex', role: null }],
    });
    expect(session.correction).toEqual({
      fields: ['title', 'speakers', 'links'],
      reason: 'The recording title slide names it.',
      provenance: null,
      file: 'content/summits/mini-summit-2021/corrections.yaml',
      line: 1,
      original: { title: null, displayTitle: 'Untitled talks lose their titles when pages are scraped', speakerLine: null, track: 'Talks' },
    });
  });

  it('move a session to another track of its summit', async () => {
    write(
      'summits/mini-summit-2021/summit.yaml',
      'name: Mini Summit 2021\nyear: 2021\ncity: null\ntracks:\n  - heading: Talks\n    name: Talks\n  - heading: Lightning\n    name: Lightning\n',
    );
    write('summits/mini-summit-2021/listing.txt', 'Talks\n\n  • Streams in Practice\n\n    Jane Doe, Acme Corp\n\nLightning\n\n  • Quick One\n\n    John Roe, Globex\n');
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/streams-in-practice:\n  reason: The schedule lists it as a lightning talk.\n  track: lightning\n');
    const archive = (await load());
    const moved = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/streams-in-practice')!;
    expect([moved.track, moved.trackName, moved.correction?.original.track]).toEqual(['lightning', 'Lightning', 'Talks']);
    expect(archive.summits[0]!.tracks.map((track) => [track.id, track.sessions])).toEqual([
      ['talks', []],
      ['lightning', ['mini-summit-2021/streams-in-practice', 'mini-summit-2021/quick-one']],
    ]);
  });
});

describe('speaker profiles', () => {
  it('merge a preferred name, aliases, links and a bio into the speaker', async () => {
    write('summits/mini-summit-2021/corrections.yaml', 'mini-summit-2021/operating-kafka-at-scale:\n  reason: The recording spells the name with an initial.\n  speakers:\n    - name: A. Lovelace\n');
    write('speakers/profiles/ada-lovelace.md', '---\nname: Augusta Ada King\naliases: [A. Lovelace]\nlinks:\n  - label: Notes\n    url: https://notes.example.org/\n---\n\nFirst programmer.\n');
    const archive = (await load());
    const ada = archive.speakers.find((speaker) => speaker.id === 'ada-lovelace')!;
    expect(ada).toMatchObject({
      name: 'Augusta Ada King',
      aliases: ['A. Lovelace'],
      links: [{ label: 'Notes', url: 'https://notes.example.org/' }],
      bio: 'First programmer.',
      profile: 'content/speakers/profiles/ada-lovelace.md',
    });
    const session = archive.sessions.find((entry) => entry.id === 'mini-summit-2021/operating-kafka-at-scale')!;
    expect(session.speakers[0]).toMatchObject({ id: 'ada-lovelace', name: 'Augusta Ada King', listedAs: 'A. Lovelace' });
  });
});
