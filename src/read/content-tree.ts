/**
 * The content folder as the only part of the disk content may reach. Every read goes
 * through here: paths are relative, made of id-like segments (no `..`, no absolute paths,
 * no backslashes), no segment may be a symlink, and files have a size cap. A content file
 * can therefore never make the build or `npm run check` read (and print) anything else,
 * such as `.git/config`.
 */
import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { contentMessage, type ContentMessage } from '../messages/message.ts';

/** Size caps (documented in README, "Content files"). */
export const MAX_CONTRIBUTOR_FILE_BYTES = 1024 * 1024;
export const MAX_SOURCE_FILE_BYTES = 4 * 1024 * 1024;
/**
 * Markdown and MDX bodies (sessions/*.mdx, speakers/profiles/*.md) go through micromark, whose
 * cost grows faster than the text on some inputs (about 9 s for 1 MB of plain paragraphs, minutes
 * for 1 MB of emphasis runs), and MDX compiles every table cell into JSX (a 64 KiB table took 5.5 s
 * to check). 32 KiB is five times the longest real talk page and keeps every shape
 * `npm run bench -- --only=bounded` tries within 5 s for the whole check.
 */
export const MAX_MARKDOWN_FILE_BYTES = 32 * 1024;

export interface ReadOptions {
  /** Scraped text: the larger cap, and invalid UTF-8 is decoded rather than refused. */
  source?: boolean;
  /** A Markdown or MDX body: the smaller cap. */
  markdown?: boolean;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}

export type EntryKind = 'file' | 'folder' | 'symlink' | 'other';

export interface Entry {
  name: string;
  /** Path relative to the content folder, `/`-separated. */
  path: string;
  kind: EntryKind;
}

export type ReadResult = { ok: true; text: string } | { ok: false; issue: ContentMessage };

export interface ContentTree {
  /** Absolute path of the content folder. */
  readonly dir: string;
  /** Path of a content-relative path as messages show it (relative to the project root). */
  display(path: string): string;
  /** Absolute path of a content-relative path (for the dev-server watcher and the MDX compiler). */
  absolute(path: string): string;
  /** Entries of a folder, sorted by name; empty when the folder does not exist. */
  list(path: string): Entry[];
  exists(path: string): boolean;
  /** Read a text file, or a positioned reason why not (see ReadOptions for the caps). */
  read(path: string, options?: ReadOptions): ReadResult;
}

/** A path segment content may use: no empty, `.`/`..`, separator, NUL or control character. */
export function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  for (let index = 0; index < segment.length; index += 1) {
    const code = segment.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || code === 0x2f /* / */ || code === 0x5c /* \ */ || code === 0x3a /* : */) return false;
  }
  return true;
}

function kindOf(stats: Stats): EntryKind {
  if (stats.isSymbolicLink()) return 'symlink';
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile()) return 'file';
  return 'other';
}

export function contentTree(root: string, contentDir = 'content'): ContentTree {
  const dir = resolve(root, contentDir);
  const display = (path: string) => {
    const shown = relative(root, path === '' ? dir : join(dir, ...path.split('/')));
    return sep === '/' ? shown : shown.split(sep).join('/');
  };
  const problem = (path: string, message: string, found: string, expected: string, hint: string): ContentMessage => (contentMessage({
    file: display(path),
    line: 1,
    column: 1,
    field: '(file)',
    message,
    found,
    expected,
    hint,
    rule: 'content/path',
  }));

  /** lstat every segment from the content folder down; the first symlink or missing segment ends the walk. */
  const walk = (path: string): { kind: EntryKind | 'missing' | 'unsafe'; stats?: Stats; at: string } => {
    if (path === '') {
      try {
        return { kind: kindOf(lstatSync(dir)), stats: lstatSync(dir), at: '' };
      } catch {
        return { kind: 'missing', at: '' };
      }
    }
    const segments = path.split('/');
    let current = dir;
    let at = '';
    for (const segment of segments) {
      if (!isSafeSegment(segment)) return { kind: 'unsafe', at: path };
      current = join(current, segment);
      at = at ? `${at}/${segment}` : segment;
      let stats: Stats;
      try {
        stats = lstatSync(current);
      } catch {
        return { kind: 'missing', at };
      }
      const kind = kindOf(stats);
      if (kind === 'symlink' || kind === 'other' || at === path) return { kind, stats, at };
    }
    return { kind: 'missing', at };
  };

  return {
    dir,
    display,
    absolute: (path) => (path === '' ? dir : join(dir, ...path.split('/'))),
    exists: (path) => walk(path).kind !== 'missing',
    list(path) {
      const found = walk(path);
      if (found.kind !== 'folder') return [];
      const absolute = path === '' ? dir : join(dir, ...path.split('/'));
      return readdirSync(absolute, { withFileTypes: true })
        .map((entry) => ({
          name: entry.name,
          path: path ? `${path}/${entry.name}` : entry.name,
          kind: (entry.isSymbolicLink() ? 'symlink' : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other') as EntryKind,
        }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    },
    read(path, options = {}) {
      const found = walk(path);
      if (found.kind === 'unsafe') {
        return { ok: false, issue: problem(path, 'This path leaves the content folder', path, 'a file inside the content folder, named without "..", "/" or "\\"', 'Name a file in the same folder, such as listing.txt.') };
      }
      if (found.kind === 'missing') {
        return { ok: false, issue: problem(found.at, 'This file does not exist', found.at, 'an existing file', 'Create the file, or correct the name that points at it.') };
      }
      if (found.kind === 'symlink') {
        return { ok: false, issue: problem(found.at, 'Symbolic links are not allowed in the content folder', 'a symbolic link', 'a regular file or folder', 'Replace the link with a copy of the file it points to.') };
      }
      if (found.kind !== 'file') {
        return { ok: false, issue: problem(path, 'This is not a regular file', found.kind, 'a regular text file', 'Replace it with a text file.') };
      }
      const cap = options.source ? MAX_SOURCE_FILE_BYTES : options.markdown ? MAX_MARKDOWN_FILE_BYTES : MAX_CONTRIBUTOR_FILE_BYTES;
      const size = found.stats!.size;
      if (size > cap) {
        const what = options.source ? 'source files' : options.markdown ? 'Markdown and MDX files' : 'content files';
        return {
          ok: false,
          issue: problem(path, `The file is larger than the ${formatBytes(cap)} ${what} may be`, `${size} bytes`, `at most ${cap} bytes`, options.markdown ? 'Shorten the text: a session or profile page is a summary; link to the full material instead.' : 'Split the content, or remove what does not belong in it.'),
        };
      }
      const bytes = readFileSync(join(dir, ...path.split('/')));
      if (options.source) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { ok: false, issue: problem(path, 'The file is not valid UTF-8 text', 'bytes that are not UTF-8', 'a UTF-8 text file', 'Save the file as UTF-8.') };
      }
    },
  };
}
