/** The worked examples in CONTRIBUTING.md stay valid content. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkMdxFile } from '../../src/markdown/check-file.ts';
import { ContributedSessionSchema } from '../../src/schemas/contributed-session.ts';
import { CorrectionsFileSchema } from '../../src/schemas/corrections.ts';
import { SpeakerAliasesSchema } from '../../src/schemas/speaker-aliases.ts';
import { SpeakerProfileSchema } from '../../src/schemas/speaker-profile.ts';
import { splitFrontmatter } from '../../src/read/frontmatter.ts';
import { seedArchive } from '../support/seed.ts';

const guide = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
const blocks = (language: string) => [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'gu'))].map((match) => match[1]!);
const archive = await seedArchive();

describe('CONTRIBUTING.md examples', () => {
  const yamlBlocks = blocks('yaml').map((text) => parse(text) as Record<string, unknown>);

  it('corrections validate and name sessions that exist', () => {
    const corrections = yamlBlocks.filter((block) => Object.keys(block).every((key) => key.includes('/')));
    expect(corrections).toHaveLength(2);
    for (const block of corrections) {
      const parsed = CorrectionsFileSchema.parse(block);
      for (const id of Object.keys(parsed)) expect(archive!.sessions.map((session) => session.id)).toContain(id);
    }
  });

  it('the alias example validates', () => {
    const aliases = yamlBlocks.filter((block) => 'people' in block);
    expect(aliases).toHaveLength(1);
    for (const block of aliases) SpeakerAliasesSchema.parse(block);
    SpeakerAliasesSchema.parse({ people: [], ...yamlBlocks.find((block) => 'distinct' in block && !('people' in block)) });
  });

  it('the MDX session passes the MDX policy and its schema, and names a real summit and track', async () => {
    const [mdx] = blocks('mdx');
    const split = splitFrontmatter(mdx!);
    if (!split.ok) throw new Error(split.problem.message);
    const root = new URL('../../', import.meta.url).pathname;
    expect(await checkMdxFile(mdx!, split.value, { file: 'content/sessions/example.mdx', absolutePath: `${root}content/sessions/example.mdx`, base: '/', root })).toEqual([]);
    const data = ContributedSessionSchema.parse(parse(split.value.yaml));
    const summit = archive!.summits.find((entry) => entry.id === data.summit)!;
    expect(summit.tracks.map((track) => track.id)).toContain(data.track);
  });

  it('the profile example validates', () => {
    const [profile] = blocks('md');
    SpeakerProfileSchema.parse(parse((splitFrontmatter(profile!) as { ok: true; value: { yaml: string } }).value.yaml));
  });
});
