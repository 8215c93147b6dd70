/**
 * Reads `content/` from disk into the pure archive builder's inputs, validating every
 * metadata file with its zod schema and placing each problem at file:line:column.
 * Shared by the Astro loader and `npm run check`, so both report the same errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildArchive, type Archive, type SummitInput } from '../parser/archive.ts';
import { SpeakerAliasesSchema, type SpeakerAliases } from '../schemas/speaker-aliases.ts';
import { SummitMetaSchema } from '../schemas/summit-meta.ts';
import type { ContentIssue } from '../utils/content-issue.ts';
import { parseYamlFile } from '../utils/yaml-file.ts';

export interface ContentPaths {
  /** Project root; reported file paths are relative to it. */
  root: string;
  /** The content folder, `content` by default. */
  contentDir?: string;
}

export interface ContentSnapshot {
  inputs: SummitInput[];
  aliases: SpeakerAliases;
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
    inputs.push({ id: folder, meta: meta.data, listingFile: relativePath(listingFile), listingText: readFileSync(listingFile, 'utf8') });
  }

  let aliases: SpeakerAliases = { people: [], distinct: [] };
  const aliasFile = join(contentDir, 'speakers', 'aliases.yaml');
  if (existsSync(aliasFile)) {
    files.push(aliasFile);
    const parsed = parseYamlFile(relativePath(aliasFile), readFileSync(aliasFile, 'utf8'), SpeakerAliasesSchema, ALIAS_FIELDS);
    if (parsed.ok) aliases = parsed.data;
    else issues.push(...parsed.issues);
  }

  return { inputs, aliases, issues, files };
}

/** Build the archive from a snapshot; content errors come back as issues, never thrown. */
export function archiveFrom(snapshot: ContentSnapshot, base: string): LoadedArchive {
  if (snapshot.issues.length > 0) return { archive: null, issues: snapshot.issues, files: snapshot.files };
  const archive = buildArchive(snapshot.inputs, { base, aliases: snapshot.aliases });
  return { archive, issues: archive.issues, files: snapshot.files };
}

export function loadArchive(paths: ContentPaths, base: string): LoadedArchive {
  return archiveFrom(readContent(paths), base);
}
