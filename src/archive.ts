/**
 * The data path in one call, shared by the Astro loader, `npm run check` and
 * `npm run build`: read (src/read/) → parse (src/parse/) and link (src/link/) → records.
 * Content problems come back as messages, never thrown; the archive is null when any
 * message is an error.
 */
import { buildArchive, type Archive } from './link/build-archive.ts';
import { errorsOf, type ContentMessage } from './messages/message.ts';
import { readContent, type ContentPaths } from './read/read-content.ts';
import type { ContentSnapshot } from './read/snapshot.ts';

export type { Archive } from './link/build-archive.ts';

export interface LoadedArchive {
  archive: Archive | null;
  messages: ContentMessage[];
  /** Absolute paths of every content file read, for the dev-server watcher. */
  files: string[];
}

/** Link a snapshot; nothing is linked when reading found errors. Warnings do not stop it. */
export function archiveFrom(snapshot: ContentSnapshot): LoadedArchive {
  if (errorsOf(snapshot.messages).length > 0) return { archive: null, messages: snapshot.messages, files: snapshot.files };
  const archive = buildArchive(snapshot);
  const messages = [...snapshot.messages, ...archive.messages];
  return { archive: errorsOf(messages).length > 0 ? null : archive, messages, files: snapshot.files };
}

export async function loadArchive(paths: ContentPaths): Promise<LoadedArchive> {
  return archiveFrom(await readContent(paths));
}
