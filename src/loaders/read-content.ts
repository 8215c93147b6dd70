/**
 * Reads `content/` from disk into the pure archive builder's inputs, validating every
 * metadata file with its zod schema and placing each problem at file:line:column.
 * Shared by the Astro loader and `npm run check`, so both report the same errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { buildArchive, type Archive, type SummitInput } from '../parser/archive.ts';
import type { ContributedSessionInput } from '../parser/contributed.ts';
import { checkMdx } from '../parser/mdx-policy.ts';
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
import { parseYamlFile } from '../utils/yaml-file.ts';

export interface ContentPaths {
  /** Project root; reported file paths are relative to it. */
  root: string;
  /** The content folder, `content` by default. */
  contentDir?: string;
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

/** Files with a given extension in a folder, sorted; none when the folder is absent. */
function filesIn(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => join(dir, entry.name))
    .sort();
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/u).length;

/** Read and validate every content file; no parsing of listings yet. */
export function readContent(paths: ContentPaths): ContentSnapshot {
  const contentDir = resolve(paths.root, paths.contentDir ?? 'content');
  const relativePath = (file: string) => relative(paths.root, file);
  const issues: ContentIssue[] = [];
  const files: string[] = [];
  const summitsDir = join(contentDir, 'summits');
  const inputs: SummitInput[] = [];

  const summitFolders = existsSync(summitsDir)
    ? readdirSync(summitsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  if (summitFolders.length === 0) {
    issues.push({
      file: relativePath(summitsDir),
      line: 1,
      column: 1,
      message: 'No summits found',
      hint: 'Add a folder per summit under content/summits/ holding summit.yaml and listing.txt (see README, "Add a summit").',
    });
  }

  for (const folder of summitFolders) {
    const metaFile = join(summitsDir, folder, 'summit.yaml');
    if (!existsSync(metaFile)) {
      issues.push({
        file: relativePath(join(summitsDir, folder)),
        line: 1,
        column: 1,
        message: `Summit folder "${folder}" has no summit.yaml`,
        hint: 'Add summit.yaml with name, year, city and tracks (copy one from another summit folder).',
      });
      continue;
    }
    files.push(metaFile);
    const meta = parseYamlFile(relativePath(metaFile), readFileSync(metaFile, 'utf8'), SummitMetaSchema, SUMMIT_FIELDS);
    if (!meta.ok) {
      issues.push(...meta.issues);
      continue;
    }
    const listingFile = join(summitsDir, folder, meta.data.listing);
    if (!existsSync(listingFile)) {
      issues.push({
        file: relativePath(metaFile),
        line: 1,
        column: 1,
        field: 'listing',
        message: `The listing file "${meta.data.listing}" does not exist`,
        found: meta.data.listing,
        expected: `a file in ${relativePath(join(summitsDir, folder))}/`,
        hint: 'Copy the scraped listing into the summit folder unchanged, as listing.txt.',
      });
      continue;
    }
    files.push(listingFile);
    const input: SummitInput = {
      id: folder,
      meta: meta.data,
      listingFile: relativePath(listingFile),
      listingText: readFileSync(listingFile, 'utf8'),
      metaFile: relativePath(metaFile),
      locateMeta: meta.locate,
    };
    const correctionsFile = join(summitsDir, folder, 'corrections.yaml');
    if (existsSync(correctionsFile)) {
      files.push(correctionsFile);
      const file = relativePath(correctionsFile);
      const corrections = parseYamlFile(file, readFileSync(correctionsFile, 'utf8'), CorrectionsFileSchema, CORRECTION_FIELDS);
      if (corrections.ok) input.corrections = { file, entries: corrections.data, locate: corrections.locate };
      else issues.push(...corrections.issues);
    }
    inputs.push(input);
  }

  const aliasFile = join(contentDir, 'speakers', 'aliases.yaml');
  let aliases: AliasesInput = { file: relativePath(aliasFile), data: { people: [], distinct: [] }, locate: null };
  if (existsSync(aliasFile)) {
    files.push(aliasFile);
    const parsed = parseYamlFile(relativePath(aliasFile), readFileSync(aliasFile, 'utf8'), SpeakerAliasesSchema, ALIAS_FIELDS);
    if (parsed.ok) aliases = { file: relativePath(aliasFile), data: parsed.data, locate: parsed.locate };
    else issues.push(...parsed.issues);
  }

  const contributions: ContributedSessionInput[] = [];
  for (const path of filesIn(join(contentDir, 'sessions'), '.mdx')) {
    files.push(path);
    const file = relativePath(path);
    const text = readFileSync(path, 'utf8');
    const parts = splitFrontmatter(text);
    if (!parts) {
      issues.push(missingFrontmatter(file, SESSION_FIELDS));
      continue;
    }
    const policy = checkMdx(text).map((problem) => ({ file, ...problem }));
    const data = parseYamlFile(file, parts.yaml, ContributedSessionSchema, SESSION_FIELDS, { lineOffset: parts.yamlLineOffset });
    issues.push(...policy);
    if (!data.ok) issues.push(...data.issues);
    if (!data.ok || policy.length > 0) continue;
    contributions.push({ file, slug: basename(path, '.mdx'), data: data.data, body: parts.body, lineCount: lineCount(text), locate: data.locate });
  }

  const profiles: SpeakerProfileInput[] = [];
  for (const path of filesIn(join(contentDir, 'speakers', 'profiles'), '.md')) {
    files.push(path);
    const file = relativePath(path);
    const parts = splitFrontmatter(readFileSync(path, 'utf8'));
    if (!parts) {
      issues.push(missingFrontmatter(file, PROFILE_FIELDS));
      continue;
    }
    const data = parseYamlFile(file, parts.yaml, SpeakerProfileSchema, PROFILE_FIELDS, { lineOffset: parts.yamlLineOffset });
    if (!data.ok) {
      issues.push(...data.issues);
      continue;
    }
    profiles.push({ file, id: basename(path, '.md'), data: data.data, bio: parts.body, locate: data.locate });
  }

  const folders = (dir: string) =>
    existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : [];
  const articles: ArticleInput[] = [];
  for (const id of folders(join(contentDir, 'articles'))) {
    const source = join(contentDir, 'articles', id, 'source.txt');
    const metaPath = join(contentDir, 'articles', id, 'article.yaml');
    if (!existsSync(source)) continue;
    files.push(source);
    let summit: string | null = null;
    if (existsSync(metaPath)) {
      files.push(metaPath);
      const meta = parseYamlFile(relativePath(metaPath), readFileSync(metaPath, 'utf8'), ArticleMetaSchema, 'summit, note');
      if (!meta.ok) {
        issues.push(...meta.issues);
        continue;
      }
      summit = meta.data.summit;
      if (summit !== null && !inputs.some((input) => input.id === summit)) {
        issues.push({
          file: relativePath(metaPath),
          ...meta.locate(['summit']),
          field: 'summit',
          message: `Unknown summit "${summit}"`,
          found: summit,
          expected: `one of ${inputs.map((input) => input.id).join(', ')}, or null`,
          hint: 'Use the folder name of the summit under content/summits/.',
        });
      }
    }
    articles.push({ id, file: relativePath(source), text: readFileSync(source, 'utf8'), summit });
  }
  const presentations: PresentationInput[] = [];
  for (const id of folders(join(contentDir, 'presentations'))) {
    const source = join(contentDir, 'presentations', id, 'source.txt');
    if (!existsSync(source)) continue;
    files.push(source);
    presentations.push({ id, file: relativePath(source), text: readFileSync(source, 'utf8') });
  }

  let topics: ContentSnapshot['topics'] = null;
  const topicsFile = join(contentDir, 'topics.yaml');
  if (existsSync(topicsFile)) {
    files.push(topicsFile);
    const file = relativePath(topicsFile);
    const parsed = parseYamlFile(file, readFileSync(topicsFile, 'utf8'), topicsSchema, 'topics (each: id, name, description, terms, exclude, minMatches)');
    if (parsed.ok) topics = { file, data: parsed.data, locate: parsed.locate };
    else issues.push(...parsed.issues);
  }

  let organizations: Organizations | null = null;
  const organizationsFile = join(contentDir, 'organizations.yaml');
  if (existsSync(organizationsFile)) {
    files.push(organizationsFile);
    const parsed = parseYamlFile(relativePath(organizationsFile), readFileSync(organizationsFile, 'utf8'), organizationsFileSchema, 'organizations, joint, notOrganizations');
    if (parsed.ok) organizations = organizationsFrom(parsed.data);
    else issues.push(...parsed.issues);
  }

  return { inputs, aliases, contributions, profiles, articles, presentations, topics, organizations, issues, files };
}

function missingFrontmatter(file: string, fields: string): ContentIssue {
  return {
    file,
    line: 1,
    column: 1,
    field: '(frontmatter)',
    message: 'The file has no frontmatter',
    found: 'no "---" block at the top',
    expected: `a YAML block between "---" lines with ${fields}`,
    hint: 'Start the file with "---", the fields, and "---"; `npm run new:session` writes a valid one.',
  };
}

/** Build the archive from a snapshot; content errors come back as issues, never thrown. */
export function archiveFrom(snapshot: ContentSnapshot, base: string): LoadedArchive {
  if (snapshot.issues.length > 0) return { archive: null, issues: snapshot.issues, files: snapshot.files };
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
  return { archive, issues: archive.issues, files: snapshot.files };
}

export function loadArchive(paths: ContentPaths, base: string): LoadedArchive {
  return archiveFrom(readContent(paths), base);
}
