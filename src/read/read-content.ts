/**
 * The read stage: `content/` from disk into validated inputs (src/read/snapshot.ts).
 * Every file goes through the confined content tree; every YAML file is validated by its
 * schema with each problem placed at file:line:column; contributor Markdown and MDX are
 * checked by the very pipeline the build renders them with. Nothing is parsed or linked
 * here: sources stay text. Shared by the Astro loader, `npm run check` and `npm run build`.
 */
import { z } from 'zod';
import { checkMarkdownBody, checkMdxFile } from '../markdown/check-file.ts';
import { contentMessage, type ContentMessage } from '../messages/message.ts';
import { ArticleMetaSchema } from '../schemas/article-meta.ts';
import { ContributedSessionSchema } from '../schemas/contributed-session.ts';
import { CorrectionsFileSchema } from '../schemas/corrections.ts';
import { organizationsFileSchema } from '../schemas/organizations.ts';
import { PresentationMetaSchema } from '../schemas/presentation-meta.ts';
import { SeriesSchema } from '../schemas/series.ts';
import { SiteSchema } from '../schemas/site.ts';
import { SpeakerAliasesSchema } from '../schemas/speaker-aliases.ts';
import { SpeakerProfileSchema } from '../schemas/speaker-profile.ts';
import { SummitMetaSchema } from '../schemas/summit-meta.ts';
import { topicsSchema } from '../schemas/topics.ts';
import { findForbiddenCharacter, forbiddenCharacterName, withoutForbiddenCharacters } from '../text/characters.ts';
import { splitLines } from '../text/lines.ts';
import { trackId as trackIdOf } from '../text/slug.ts';
import { contentTree, type Entry, type ReadOptions } from './content-tree.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { SCAFFOLD_PROVENANCE, scaffoldLeft } from './scaffold.ts';
import type { ContentSnapshot, ContributedSessionInput, SpeakerProfileInput, SummitInput, YamlInput } from './snapshot.ts';
import { parseYamlFile } from './yaml.ts';

export type { ContentSnapshot } from './snapshot.ts';

export interface ContentPaths {
  /** Project root; reported file paths are relative to it. */
  root: string;
  /** The content folder, `content` by default. */
  contentDir?: string;
  /** The site's base path, for compiling contributor MDX exactly as the build does. */
  base?: string;
}



const SUMMIT_FIELDS = 'name, series, year, city, tagline, listing, tracks (each: heading, name), style, furniture (each: line, startsWith, pattern, trailing, block, keep; reason, note)';
const ALIAS_FIELDS = 'people (each: name, aliases, id, note), distinct (each: names, note)';
const CORRECTION_FIELDS = 'reason, provenance, title, speakers (each: name, affiliation, role), track, links (video, slides), topics (add, remove), description (drop, replace), hide';
const SESSION_FIELDS = 'summit, track, title, speakers (each: name, affiliation, role), date, links (video, slides), topics, provenance';
const PROFILE_FIELDS = 'name, aliases, links (each: label, url)';

const lineCount = (text: string) => splitLines(text).length;

/**
 * The id rule for every name that becomes part of a URL: summit, article and presentation
 * folders and contributed session file names. Lower-case ASCII letters and digits in words
 * joined by single hyphens, at most 80 characters (README, "Ids and URLs").
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
export const MAX_ID_LENGTH = 80;

export function isValidId(name: string): boolean {
  return name.length <= MAX_ID_LENGTH && ID_PATTERN.test(name);
}

/** A reasonable id for a name that breaks the rule, for the message's suggestion. */
function suggestId(name: string): string {
  const words = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/gu, ' ').trim().split(' ').filter(Boolean);
  return words.join('-').slice(0, MAX_ID_LENGTH) || 'my-id';
}

/** What each content folder holds; anything else is reported, never skipped silently. */
const TOP_LEVEL: Record<string, 'folder' | 'file'> = {
  'site.yaml': 'file',
  series: 'folder',
  summits: 'folder',
  sessions: 'folder',
  speakers: 'folder',
  articles: 'folder',
  presentations: 'folder',
  'topics.yaml': 'file',
  'organizations.yaml': 'file',
  'README.md': 'file',
};

/** Markdown-like extensions a contributor may have meant as `.mdx`/`.md`. */
const MARKDOWN_EXTENSIONS = ['.md', '.mdx', '.markdown', '.mdown', '.mkd', '.txt'];

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/**
 * The summit and track a contributed session names, checked against the summits read so far
 * when its frontmatter fails validation for another reason (the link stage checks them when
 * it passes), so one typo never hides another.
 */
function referenceProblems(file: string, yaml: string, lineOffset: number, summits: readonly SummitInput[]): ContentMessage[] {
  const parsed = parseYamlFile(file, yaml, ContributedReferenceSchema, 'summit, track', { lineOffset });
  if (!parsed.ok) return [];
  const { summit, track } = parsed.data;
  const known = summits.find((input) => input.id === summit);
  if (!known) {
    if (typeof summit !== 'string') return [];
    return [
      contentMessage({
        file,
        ...parsed.locate(['summit']),
        field: 'summit',
        message: `Unknown summit "${summit}"`,
        found: summit,
        expected: `one of ${summits.map((input) => input.id).join(', ')}`,
        hint: 'Use the folder name of the summit under content/summits/.',
        rule: 'contributions/unknown-summit',
      }),
    ];
  }
  const trackIds = known.meta.data.tracks.map((entry) => trackIdOf(entry.name));
  if (typeof track !== 'string' || trackIds.includes(track)) return [];
  return [
    contentMessage({
      file,
      ...parsed.locate(['track']),
      field: 'track',
      message: `Unknown track "${track}" for ${known.meta.data.name}`,
      found: track,
      expected: `one of ${trackIds.join(', ')}`,
      hint: 'Use the track id from the track page address (/summits/<summit>/<track>/).',
      rule: 'contributions/unknown-track',
    }),
  ];
}

/** Only the references of a contributed session's frontmatter, whatever else it holds. */
const ContributedReferenceSchema = z.object({ summit: z.unknown(), track: z.unknown() });

/** Read and validate every content file; no parsing of listings yet. */
export async function readContent(paths: ContentPaths): Promise<ContentSnapshot> {
  const tree = contentTree(paths.root, paths.contentDir ?? 'content');
  const base = paths.base ?? '/';
  const issues: ContentMessage[] = [];
  const files: string[] = [];
  const inputs: SummitInput[] = [];

  const fileIssue = (path: string, message: string, found: string, expected: string, hint: string, severity: 'error' | 'warning' = 'error'): ContentMessage => (contentMessage({
    file: tree.display(path),
    line: 1,
    column: 1,
    field: '(file name)',
    message,
    found,
    expected,
    hint,
    rule: 'content/layout',
    severity,
  }));
  const symlink = (path: string) =>
    fileIssue(path, 'Symbolic links are not allowed in the content folder', 'a symbolic link', 'a regular file or folder', 'Replace the link with a copy of what it points to.');
  const unexpected = (path: string, expected: string, hint: string) => fileIssue(path, 'This file is not read by the archive', path.split('/').pop()!, expected, hint, 'warning');
  const badId = (path: string, kind: string) => {
    const name = path.split('/').pop()!;
    const stem = kind === 'session file' ? name.replace(/\.mdx$/u, '') : name;
    return fileIssue(
      path,
      `The ${kind} name "${name}" is not a valid id`,
      name,
      `lower-case letters and digits joined by single hyphens, at most ${MAX_ID_LENGTH} characters (such as ${kind === 'session file' ? 'my-talk-title.mdx' : 'kafka-summit-2022'})`,
      `Rename it to "${suggestId(stem)}${kind === 'session file' ? '.mdx' : ''}"; the name becomes part of the page address.`,
    );
  };
  /**
   * A folder entry that is not the single-extension file the folder holds: a Markdown-like
   * file with the wrong extension is an error naming its right name (it would be silently
   * skipped otherwise); anything else is a warning that it is not read.
   */
  const notAContentFile = (
    entry: Entry,
    spec: { extension: string; kind: string; what: string; pattern: string; rename: (stem: string) => string; otherwise: string },
  ): ContentMessage => {
    const extension = extensionOf(entry.name);
    const stem = entry.name.slice(0, entry.name.length - extension.length) || entry.name;
    const markdownLike = entry.kind === 'file' && MARKDOWN_EXTENSIONS.includes(extension.toLowerCase());
    return fileIssue(
      entry.path,
      markdownLike ? `${spec.kind} must end in "${spec.extension}", found "${extension}"` : `This is not ${spec.what}`,
      entry.name,
      spec.pattern,
      markdownLike ? `Rename it to "${spec.rename(stem)}${spec.extension}".` : spec.otherwise,
      markdownLike || entry.kind !== 'file' ? 'error' : 'warning',
    );
  };
  /** Read a file through the confined tree, recording it for the watcher; null after reporting why not. */
  const read = (path: string, options: ReadOptions = {}): string | null => {
    const result = tree.read(path, options);
    if (!result.ok) {
      issues.push(result.issue);
      return null;
    }
    files.push(tree.absolute(path));
    if (!options.source) return result.text;
    // Scraped sources stay byte for byte on disk, but control and bidi characters never reach a page, feed or export.
    const forbidden = findForbiddenCharacter(result.text);
    if (!forbidden) return result.text;
    issues.push(contentMessage({
      file: tree.display(path),
      line: forbidden.line,
      column: forbidden.column,
      field: '(text)',
      message: `The source contains ${forbiddenCharacterName(forbidden.codePoint)}; the archive leaves such characters out`,
      found: forbidden.codePoint,
      expected: 'printable text',
      hint: 'Nothing to do if the scrape really contains it; the file is kept as it is and the character is dropped from pages, feeds and data.',
      rule: 'source/control-character',
      severity: 'warning',
    }));
    return withoutForbiddenCharacters(result.text);
  };
  const readYaml = <Schema extends z.ZodType>(path: string, schema: Schema, help: string): YamlInput<z.output<Schema>> | null => {
    const text = read(path);
    if (text === null) return null;
    const parsed = parseYamlFile(tree.display(path), text, schema, help);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return null;
    }
    return { file: tree.display(path), data: parsed.data, locate: parsed.locate };
  };

  const site = tree.exists('site.yaml') ? readYaml('site.yaml', SiteSchema, 'name, heading, description') : null;
  const series: ContentSnapshot['series'][number][] = [];
  for (const entry of tree.list('series')) {
    if (entry.kind === 'symlink') issues.push(symlink(entry.path));
    else if (entry.kind !== 'file' || !entry.name.endsWith('.yaml')) {
      if (entry.name !== 'README.md') issues.push(unexpected(entry.path, 'content/series/<id>.yaml', 'A series is one YAML file named after its id.'));
    } else if (!isValidId(entry.name.slice(0, -5))) issues.push(badId(entry.path, 'series file'));
    else {
      const parsed = readYaml(entry.path, SeriesSchema, 'name, commonWords, furniture (each: line, startsWith, pattern, trailing, block, keep; reason, note)');
      if (parsed) series.push({ ...parsed, id: entry.name.slice(0, -5) });
    }
  }

  // The content folder itself: known entries only.
  for (const entry of tree.list('')) {
    if (entry.kind === 'symlink') issues.push(symlink(entry.path));
    else if (TOP_LEVEL[entry.name] === undefined) issues.push(unexpected(entry.path, `one of ${Object.keys(TOP_LEVEL).join(', ')}`, 'Move the file where it belongs (see CONTRIBUTING.md) or remove it.'));
    else if ((TOP_LEVEL[entry.name] === 'folder') !== (entry.kind === 'folder')) issues.push(fileIssue(entry.path, `"${entry.name}" should be a ${TOP_LEVEL[entry.name]}`, entry.kind, `a ${TOP_LEVEL[entry.name]}`, 'Replace it with the right kind of entry.'));
  }

  const summitFolders: string[] = [];
  for (const entry of tree.list('summits')) {
    if (entry.kind === 'symlink') issues.push(symlink(entry.path));
    else if (entry.kind !== 'folder') {
      if (entry.name !== 'README.md') issues.push(unexpected(entry.path, 'a folder per summit', 'Summits are folders: content/summits/<id>/summit.yaml and listing.txt.'));
    } else if (!isValidId(entry.name)) issues.push(badId(entry.path, 'summit folder'));
    else summitFolders.push(entry.name);
  }
  if (summitFolders.length === 0 && !issues.some((issue) => !issue.isWarning)) {
    issues.push(contentMessage({
      file: tree.display('summits'),
      line: 1,
      column: 1,
      message: 'No summits found',
      hint: 'Add a folder per summit under content/summits/ holding summit.yaml and listing.txt (see README, "Add a summit").',
      rule: 'content/layout',
    }));
  }

  for (const folder of summitFolders) {
    const dir = `summits/${folder}`;
    const metaPath = `${dir}/summit.yaml`;
    if (!tree.exists(metaPath)) {
      issues.push(fileIssue(dir, `Summit folder "${folder}" has no summit.yaml`, 'no summit.yaml', 'summit.yaml next to listing.txt', 'Add summit.yaml with name, year, city and tracks (copy one from another summit folder).'));
      continue;
    }
    const meta = readYaml(metaPath, SummitMetaSchema, SUMMIT_FIELDS);
    const known = new Set(['summit.yaml', 'corrections.yaml', 'README.md', meta?.data.listing ?? 'listing.txt']);
    for (const entry of tree.list(dir)) {
      if (entry.kind === 'symlink') issues.push(symlink(entry.path));
      else if (!known.has(entry.name)) {
        const meant = entry.name.replace(/\.yml$/u, '.yaml');
        issues.push(
          unexpected(
            entry.path,
            [...known].join(', '),
            known.has(meant) && meant !== entry.name ? `Rename it to "${meant}"; it is not read under this name.` : 'Remove it, or move it where it belongs (see CONTRIBUTING.md).',
          ),
        );
      }
    }
    if (!meta) continue;
    const listingPath = `${dir}/${meta.data.listing}`;
    if (!tree.exists(listingPath)) {
      issues.push(contentMessage({
        file: tree.display(metaPath),
        ...meta.locate(['listing']),
        field: 'listing',
        message: `The listing file "${meta.data.listing}" does not exist`,
        found: meta.data.listing,
        expected: `a file in ${tree.display(dir)}/`,
        hint: 'Copy the scraped listing into the summit folder unchanged, as listing.txt.',
        rule: 'content/layout',
      }));
      continue;
    }
    const listingText = read(listingPath, { source: true });
    if (listingText === null) continue;
    if (meta.data.series !== undefined && !series.some((entry) => entry.id === meta.data.series)) {
      issues.push(
        contentMessage({
          file: meta.file,
          ...meta.locate(['series']),
          field: 'series',
          message: `Unknown series "${meta.data.series}"`,
          found: meta.data.series,
          expected: series.length > 0 ? `one of ${series.map((entry) => entry.id).join(', ')}` : 'a file content/series/<id>.yaml',
          hint: `Add content/series/${meta.data.series}.yaml with the series' name, or remove "series".`,
          rule: 'summit/unknown-series',
        }),
      );
    }
    const correctionsPath = `${dir}/corrections.yaml`;
    const corrections = tree.exists(correctionsPath) ? readYaml(correctionsPath, CorrectionsFileSchema, CORRECTION_FIELDS) : null;
    inputs.push({ id: folder, meta, listing: { file: tree.display(listingPath), text: listingText }, corrections });
  }

  let aliases: ContentSnapshot['aliases'] = null;
  for (const entry of tree.list('speakers')) {
    if (entry.kind === 'symlink') issues.push(symlink(entry.path));
    else if (!['aliases.yaml', 'profiles', 'README.md'].includes(entry.name)) {
      issues.push(unexpected(entry.path, 'aliases.yaml and profiles/', entry.name === 'aliases.yml' ? 'Rename it to "aliases.yaml".' : 'Profiles go in content/speakers/profiles/<speaker-id>.md.'));
    }
  }
  if (tree.exists('speakers/aliases.yaml')) {
    aliases = readYaml('speakers/aliases.yaml', SpeakerAliasesSchema, ALIAS_FIELDS);
  }

  const contributions: ContributedSessionInput[] = [];
  for (const entry of tree.list('sessions')) {
    if (entry.kind === 'symlink') {
      issues.push(symlink(entry.path));
      continue;
    }
    if (entry.name === 'README.md' && entry.kind === 'file') continue;
    if (entry.kind !== 'file' || extensionOf(entry.name) !== '.mdx') {
      issues.push(notAContentFile(entry, { extension: '.mdx', kind: 'Session files', what: 'a session file', pattern: 'content/sessions/<slug>.mdx', rename: suggestId, otherwise: 'Sessions are single .mdx files in content/sessions/; `npm run new:session` creates one.' }));
      continue;
    }
    if (!isValidId(entry.name.slice(0, -4))) {
      issues.push(badId(entry.path, 'session file'));
      continue;
    }
    const text = read(entry.path, { markdown: true });
    if (text === null) continue;
    const file = tree.display(entry.path);
    const split = splitFrontmatter(text);
    if (!split.ok) {
      issues.push(contentMessage({ file, ...split.problem, field: '(frontmatter)', rule: 'content/frontmatter' }));
      continue;
    }
    const left = scaffoldLeft(text);
    if (left) {
      issues.push(
        contentMessage({
          file,
          line: left.line,
          column: 1,
          field: left.text === SCAFFOLD_PROVENANCE ? 'provenance' : 'body',
          message: 'Placeholder text from `npm run new:session` is still here',
          found: left.text,
          expected: left.text === SCAFFOLD_PROVENANCE ? 'where the facts come from: a schedule page, a recording, the speaker' : 'the session description, in Markdown',
          hint: 'Replace every TODO line the scaffold wrote with the real text (CONTRIBUTING.md, worked example 3).',
          rule: 'content/scaffold-left',
        }),
      );
    }
    const parts = split.value;
    const data = parseYamlFile(file, parts.yaml, ContributedSessionSchema, SESSION_FIELDS, { lineOffset: parts.yamlLineOffset });
    // Frontmatter no YAML reader should be asked to expand (aliases, depth, control characters,
    // syntax) never reaches the compiler, which serialises it into the page module.
    const unreadable = !data.ok && data.issues.some((issue) => issue.ruleId?.startsWith('yaml/'));
    const compiled = unreadable ? [] : await checkMdxFile(text, parts, { file, absolutePath: tree.absolute(entry.path), base, root: paths.root });
    issues.push(...compiled);
    if (!data.ok) {
      issues.push(...data.issues);
      // One typo must not hide another: the summit and track are checked even when another field is wrong.
      issues.push(...referenceProblems(file, parts.yaml, parts.yamlLineOffset, inputs));
    }
    if (!data.ok || compiled.length > 0) continue;
    contributions.push({ file, slug: entry.name.slice(0, -4), data: data.data, locate: data.locate, body: parts.body, lineCount: lineCount(text) });
  }

  const profiles: SpeakerProfileInput[] = [];
  for (const entry of tree.list('speakers/profiles')) {
    if (entry.kind === 'symlink') {
      issues.push(symlink(entry.path));
      continue;
    }
    if (entry.kind !== 'file' || extensionOf(entry.name) !== '.md') {
      issues.push(notAContentFile(entry, { extension: '.md', kind: 'Speaker profiles', what: 'a speaker profile', pattern: 'content/speakers/profiles/<speaker-id>.md', rename: (stem) => stem.toLowerCase(), otherwise: 'Profiles are single .md files named after the speaker id.' }));
      continue;
    }
    const text = read(entry.path, { markdown: true });
    if (text === null) continue;
    const file = tree.display(entry.path);
    const split = splitFrontmatter(text);
    if (!split.ok) {
      issues.push(contentMessage({ file, ...split.problem, field: '(frontmatter)', rule: 'content/frontmatter' }));
      continue;
    }
    const parts = split.value;
    const data = parseYamlFile(file, parts.yaml, SpeakerProfileSchema, PROFILE_FIELDS, { lineOffset: parts.yamlLineOffset });
    const body = await checkMarkdownBody(parts.body, parts.bodyLineOffset, { file });
    issues.push(...body);
    if (!data.ok) {
      issues.push(...data.issues);
      continue;
    }
    if (body.length > 0) continue;
    profiles.push({ file, id: entry.name.slice(0, -3), data: data.data, locate: data.locate, bio: parts.body });
  }

  /** Folders of a write-up kind (articles, presentations): ids checked, strays reported. */
  const writeUpFolders = (kind: 'articles' | 'presentations'): string[] => {
    const ids: string[] = [];
    for (const entry of tree.list(kind)) {
      if (entry.kind === 'symlink') issues.push(symlink(entry.path));
      else if (entry.kind !== 'folder') {
        if (entry.name !== 'README.md') issues.push(unexpected(entry.path, `a folder per ${kind.slice(0, -1)} holding source.txt`, `Put it in content/${kind}/<id>/source.txt.`));
      } else if (!isValidId(entry.name)) issues.push(badId(entry.path, `${kind.slice(0, -1)} folder`));
      else ids.push(entry.name);
    }
    return ids;
  };

  const articles: ContentSnapshot['articles'] = [];
  for (const id of writeUpFolders('articles')) {
    const dir = `articles/${id}`;
    for (const entry of tree.list(dir)) {
      if (entry.kind === 'symlink') issues.push(symlink(entry.path));
      else if (!['source.txt', 'article.yaml', 'README.md'].includes(entry.name)) issues.push(unexpected(entry.path, 'source.txt and article.yaml', entry.name === 'article.yml' ? 'Rename it to "article.yaml".' : 'Remove it, or move it where it belongs.'));
    }
    if (!tree.exists(`${dir}/source.txt`)) {
      issues.push(fileIssue(dir, `Article folder "${id}" has no source.txt`, 'no source.txt', 'source.txt: the scraped article, unchanged', 'Add the article text as source.txt, or remove the folder.'));
      continue;
    }
    const meta = tree.exists(`${dir}/article.yaml`) ? readYaml(`${dir}/article.yaml`, ArticleMetaSchema, 'summit, note') : null;
    if (meta && meta.data.summit !== null && !inputs.some((input) => input.id === meta.data.summit)) {
      issues.push(
        contentMessage({
          file: meta.file,
          ...meta.locate(['summit']),
          field: 'summit',
          message: `Unknown summit "${meta.data.summit}"`,
          found: meta.data.summit,
          expected: `one of ${inputs.map((input) => input.id).join(', ')}, or null`,
          hint: 'Use the folder name of the summit under content/summits/.',
        }),
      );
    }
    const text = read(`${dir}/source.txt`, { source: true });
    if (text === null) continue;
    articles.push({ id, source: { file: tree.display(`${dir}/source.txt`), text }, meta });
  }

  const presentations: ContentSnapshot['presentations'] = [];
  for (const id of writeUpFolders('presentations')) {
    const dir = `presentations/${id}`;
    for (const entry of tree.list(dir)) {
      if (entry.kind === 'symlink') issues.push(symlink(entry.path));
      else if (!['source.txt', 'presentation.yaml', 'README.md'].includes(entry.name)) issues.push(unexpected(entry.path, 'source.txt and presentation.yaml', entry.name === 'presentation.yml' ? 'Rename it to "presentation.yaml".' : 'Remove it, or move it where it belongs.'));
    }
    if (!tree.exists(`${dir}/source.txt`)) {
      issues.push(fileIssue(dir, `Presentation folder "${id}" has no source.txt`, 'no source.txt', 'source.txt: the scraped presentation page, unchanged', 'Add the page text as source.txt, or remove the folder.'));
      continue;
    }
    const meta = tree.exists(`${dir}/presentation.yaml`) ? readYaml(`${dir}/presentation.yaml`, PresentationMetaSchema, 'footers') : null;
    const text = read(`${dir}/source.txt`, { source: true });
    if (text === null) continue;
    presentations.push({ id, source: { file: tree.display(`${dir}/source.txt`), text }, meta });
  }

  const topics = tree.exists('topics.yaml') ? readYaml('topics.yaml', topicsSchema, 'topics (each: id, name, description, terms, exclude, minMatches)') : null;
  const organizations = tree.exists('organizations.yaml') ? readYaml('organizations.yaml', organizationsFileSchema, 'organizations, joint, notOrganizations') : null;

  return { site, series, summits: inputs, aliases, contributions, profiles, articles, presentations, topics, organizations, messages: issues, files };
}
