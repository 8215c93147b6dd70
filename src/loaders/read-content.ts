/**
 * Reads `content/` from disk into the pure archive builder's inputs, validating every
 * metadata file with its zod schema and placing each problem at file:line:column.
 * Shared by the Astro loader and `npm run check`, so both report the same errors.
 */
import type { z } from 'zod';
import { buildArchive, type Archive, type SummitInput } from '../parser/archive.ts';
import type { ContributedSessionInput } from '../parser/contributed.ts';
import type { AliasesInput, SpeakerProfileInput } from '../parser/speakers.ts';
import type { ArticleInput, PresentationInput } from '../parser/writeups.ts';
import { ArticleMetaSchema } from '../schemas/writeup-meta.ts';
import { topicsSchema, type Taxonomy } from '../parser/topics.ts';
import { organizationsFileSchema, organizationsFrom, type Organizations } from '../parser/organizations.ts';
import type { Locate } from '../utils/yaml-file.ts';
import { ContributedSessionSchema } from '../schemas/contributed-session.ts';
import { CorrectionsFileSchema } from '../schemas/corrections.ts';
import { SpeakerAliasesSchema } from '../schemas/speaker-aliases.ts';
import { SpeakerProfileSchema } from '../schemas/speaker-profile.ts';
import { SummitMetaSchema } from '../schemas/summit-meta.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import { splitFrontmatter } from '../utils/frontmatter.ts';
import { checkMarkdownBody, checkMdxFile } from '../markdown/check-file.ts';
import { contentTree } from './content-tree.ts';
import { findForbiddenCharacter, forbiddenCharacterName, withoutForbiddenCharacters } from '../utils/characters.ts';
import { parseYamlFile } from '../utils/yaml-file.ts';

export interface ContentPaths {
  /** Project root; reported file paths are relative to it. */
  root: string;
  /** The content folder, `content` by default. */
  contentDir?: string;
  /** The site's base path, for compiling contributor MDX exactly as the build does. */
  base?: string;
}

export interface ContentSnapshot {
  inputs: SummitInput[];
  aliases: AliasesInput;
  contributions: ContributedSessionInput[];
  profiles: SpeakerProfileInput[];
  articles: ArticleInput[];
  presentations: PresentationInput[];
  topics: { file: string; data: Taxonomy; locate: Locate } | null;
  organizations: Organizations | null;
  /** Problems found while reading and validating the files. */
  issues: ContentIssue[];
  /** Files read, for the dev-server watcher. */
  files: string[];
}

export interface LoadedArchive {
  archive: Archive | null;
  issues: ContentIssue[];
  files: string[];
}

const SUMMIT_FIELDS = 'name, year, city, tagline, listing, tracks (each: heading, name)';
const ALIAS_FIELDS = 'people (each: name, aliases, note), distinct (each: names, note)';
const CORRECTION_FIELDS = 'reason, provenance, title, speakers (each: name, affiliation, role), track, links (video, slides), topics (add, remove), hide';
const SESSION_FIELDS = 'summit, track, title, speakers (each: name, affiliation, role), date, links (video, slides), topics, provenance';
const PROFILE_FIELDS = 'name, aliases, links (each: label, url)';

const lineCount = (text: string) => text.split(/\r\n|\r|\n/u).length;

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

/** Read and validate every content file; no parsing of listings yet. */
export async function readContent(paths: ContentPaths): Promise<ContentSnapshot> {
  const tree = contentTree(paths.root, paths.contentDir ?? 'content');
  const base = paths.base ?? '/';
  const issues: ContentIssue[] = [];
  const files: string[] = [];
  const inputs: SummitInput[] = [];

  const fileIssue = (path: string, message: string, found: string, expected: string, hint: string, severity: 'error' | 'warning' = 'error'): ContentIssue => ({
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
  });
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
  /** Read a file through the confined tree, recording it for the watcher; null after reporting why not. */
  const read = (path: string, options: { source?: boolean } = {}): string | null => {
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
    issues.push({
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
    });
    return withoutForbiddenCharacters(result.text);
  };
  const readYaml = <Schema extends z.ZodType>(path: string, schema: Schema, help: string) => {
    const text = read(path);
    if (text === null) return null;
    const parsed = parseYamlFile(tree.display(path), text, schema, help);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return null;
    }
    return parsed;
  };

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
  if (summitFolders.length === 0 && !issues.some((issue) => issue.severity !== 'warning')) {
    issues.push({
      file: tree.display('summits'),
      line: 1,
      column: 1,
      message: 'No summits found',
      hint: 'Add a folder per summit under content/summits/ holding summit.yaml and listing.txt (see README, "Add a summit").',
      rule: 'content/layout',
    });
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
      issues.push({
        file: tree.display(metaPath),
        ...meta.locate(['listing']),
        field: 'listing',
        message: `The listing file "${meta.data.listing}" does not exist`,
        found: meta.data.listing,
        expected: `a file in ${tree.display(dir)}/`,
        hint: 'Copy the scraped listing into the summit folder unchanged, as listing.txt.',
        rule: 'content/layout',
      });
      continue;
    }
    const listingText = read(listingPath, { source: true });
    if (listingText === null) continue;
    const input: SummitInput = {
      id: folder,
      meta: meta.data,
      listingFile: tree.display(listingPath),
      listingText,
      metaFile: tree.display(metaPath),
      locateMeta: meta.locate,
    };
    const correctionsPath = `${dir}/corrections.yaml`;
    if (tree.exists(correctionsPath)) {
      const corrections = readYaml(correctionsPath, CorrectionsFileSchema, CORRECTION_FIELDS);
      if (corrections) input.corrections = { file: tree.display(correctionsPath), entries: corrections.data, locate: corrections.locate };
    }
    inputs.push(input);
  }

  let aliases: AliasesInput = { file: tree.display('speakers/aliases.yaml'), data: { people: [], distinct: [] }, locate: null };
  for (const entry of tree.list('speakers')) {
    if (entry.kind === 'symlink') issues.push(symlink(entry.path));
    else if (!['aliases.yaml', 'profiles', 'README.md'].includes(entry.name)) {
      issues.push(unexpected(entry.path, 'aliases.yaml and profiles/', entry.name === 'aliases.yml' ? 'Rename it to "aliases.yaml".' : 'Profiles go in content/speakers/profiles/<speaker-id>.md.'));
    }
  }
  if (tree.exists('speakers/aliases.yaml')) {
    const parsed = readYaml('speakers/aliases.yaml', SpeakerAliasesSchema, ALIAS_FIELDS);
    if (parsed) aliases = { file: tree.display('speakers/aliases.yaml'), data: parsed.data, locate: parsed.locate };
  }

  const contributions: ContributedSessionInput[] = [];
  for (const entry of tree.list('sessions')) {
    if (entry.kind === 'symlink') {
      issues.push(symlink(entry.path));
      continue;
    }
    if (entry.name === 'README.md' && entry.kind === 'file') continue;
    const extension = extensionOf(entry.name);
    if (entry.kind !== 'file' || extension !== '.mdx') {
      const stem = entry.name.slice(0, entry.name.length - extension.length) || entry.name;
      const markdownLike = entry.kind === 'file' && MARKDOWN_EXTENSIONS.includes(extension.toLowerCase());
      issues.push(
        fileIssue(
          entry.path,
          markdownLike ? `Session files must end in ".mdx", found "${extension}"` : 'This is not a session file',
          entry.name,
          'content/sessions/<slug>.mdx',
          markdownLike ? `Rename it to "${suggestId(stem)}.mdx".` : 'Sessions are single .mdx files in content/sessions/; `npm run new:session` creates one.',
          markdownLike || entry.kind !== 'file' ? 'error' : 'warning',
        ),
      );
      continue;
    }
    if (!isValidId(entry.name.slice(0, -4))) {
      issues.push(badId(entry.path, 'session file'));
      continue;
    }
    const text = read(entry.path);
    if (text === null) continue;
    const file = tree.display(entry.path);
    const split = splitFrontmatter(text);
    if (!split.ok) {
      issues.push({ file, ...split.problem, field: '(frontmatter)', rule: 'content/frontmatter' });
      continue;
    }
    const parts = split.value;
    const data = parseYamlFile(file, parts.yaml, ContributedSessionSchema, SESSION_FIELDS, { lineOffset: parts.yamlLineOffset });
    // Frontmatter no YAML reader should be asked to expand (aliases, depth, control characters,
    // syntax) never reaches the compiler, which serialises it into the page module.
    const unreadable = !data.ok && data.issues.some((issue) => issue.rule?.startsWith('yaml/'));
    const compiled = unreadable ? [] : await checkMdxFile(text, parts, { file, absolutePath: tree.absolute(entry.path), base, root: paths.root });
    issues.push(...compiled);
    if (!data.ok) issues.push(...data.issues);
    if (!data.ok || compiled.length > 0) continue;
    contributions.push({ file, slug: entry.name.slice(0, -4), data: data.data, body: parts.body, lineCount: lineCount(text), locate: data.locate });
  }

  const profiles: SpeakerProfileInput[] = [];
  for (const entry of tree.list('speakers/profiles')) {
    if (entry.kind === 'symlink') {
      issues.push(symlink(entry.path));
      continue;
    }
    const extension = extensionOf(entry.name);
    if (entry.kind !== 'file' || extension !== '.md') {
      const stem = entry.name.slice(0, entry.name.length - extension.length) || entry.name;
      const markdownLike = entry.kind === 'file' && MARKDOWN_EXTENSIONS.includes(extension.toLowerCase());
      issues.push(
        fileIssue(
          entry.path,
          markdownLike ? `Speaker profiles must end in ".md", found "${extension}"` : 'This is not a speaker profile',
          entry.name,
          'content/speakers/profiles/<speaker-id>.md',
          markdownLike ? `Rename it to "${stem.toLowerCase()}.md".` : 'Profiles are single .md files named after the speaker id.',
          markdownLike || entry.kind !== 'file' ? 'error' : 'warning',
        ),
      );
      continue;
    }
    const text = read(entry.path);
    if (text === null) continue;
    const file = tree.display(entry.path);
    const split = splitFrontmatter(text);
    if (!split.ok) {
      issues.push({ file, ...split.problem, field: '(frontmatter)', rule: 'content/frontmatter' });
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
    profiles.push({ file, id: entry.name.slice(0, -3), data: data.data, bio: parts.body, locate: data.locate });
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

  const articles: ArticleInput[] = [];
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
    let summit: string | null = null;
    if (tree.exists(`${dir}/article.yaml`)) {
      const meta = readYaml(`${dir}/article.yaml`, ArticleMetaSchema, 'summit, note');
      if (!meta) continue;
      summit = meta.data.summit;
      if (summit !== null && !inputs.some((input) => input.id === summit)) {
        issues.push({
          file: tree.display(`${dir}/article.yaml`),
          ...meta.locate(['summit']),
          field: 'summit',
          message: `Unknown summit "${summit}"`,
          found: summit,
          expected: `one of ${inputs.map((input) => input.id).join(', ')}, or null`,
          hint: 'Use the folder name of the summit under content/summits/.',
        });
      }
    }
    const text = read(`${dir}/source.txt`, { source: true });
    if (text === null) continue;
    articles.push({ id, file: tree.display(`${dir}/source.txt`), text, summit });
  }

  const presentations: PresentationInput[] = [];
  for (const id of writeUpFolders('presentations')) {
    const dir = `presentations/${id}`;
    for (const entry of tree.list(dir)) {
      if (entry.kind === 'symlink') issues.push(symlink(entry.path));
      else if (!['source.txt', 'README.md'].includes(entry.name)) issues.push(unexpected(entry.path, 'source.txt', 'Remove it, or move it where it belongs.'));
    }
    if (!tree.exists(`${dir}/source.txt`)) {
      issues.push(fileIssue(dir, `Presentation folder "${id}" has no source.txt`, 'no source.txt', 'source.txt: the scraped presentation page, unchanged', 'Add the page text as source.txt, or remove the folder.'));
      continue;
    }
    const text = read(`${dir}/source.txt`, { source: true });
    if (text === null) continue;
    presentations.push({ id, file: tree.display(`${dir}/source.txt`), text });
  }

  let topics: ContentSnapshot['topics'] = null;
  if (tree.exists('topics.yaml')) {
    const parsed = readYaml('topics.yaml', topicsSchema, 'topics (each: id, name, description, terms, exclude, minMatches)');
    if (parsed) topics = { file: tree.display('topics.yaml'), data: parsed.data, locate: parsed.locate };
  }

  let organizations: Organizations | null = null;
  if (tree.exists('organizations.yaml')) {
    const parsed = readYaml('organizations.yaml', organizationsFileSchema, 'organizations, joint, notOrganizations');
    if (parsed) organizations = organizationsFrom(parsed.data);
  }

  return { inputs, aliases, contributions, profiles, articles, presentations, topics, organizations, issues, files };
}

/** Build the archive from a snapshot; content errors come back as issues, never thrown. Warnings do not stop it. */
export function archiveFrom(snapshot: ContentSnapshot, base: string): LoadedArchive {
  if (snapshot.issues.some((issue) => issue.severity !== 'warning')) return { archive: null, issues: snapshot.issues, files: snapshot.files };
  const archive = buildArchive(snapshot.inputs, {
    base,
    aliases: snapshot.aliases,
    contributions: snapshot.contributions,
    profiles: snapshot.profiles,
    articles: snapshot.articles,
    presentations: snapshot.presentations,
    topics: snapshot.topics,
    organizations: snapshot.organizations,
  });
  return { archive, issues: [...snapshot.issues, ...archive.issues], files: snapshot.files };
}

export async function loadArchive(paths: ContentPaths, base: string): Promise<LoadedArchive> {
  return archiveFrom(await readContent({ ...paths, base }), base);
}
