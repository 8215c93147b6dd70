/**
 * Astro glue: Content Layer loaders for the archive's collections over the data path
 * (src/archive.ts). The collections load in parallel from one read and link of content/;
 * each skips unchanged entries by digest and deletes stale ones, as Astro's own file() and
 * glob() loaders do. Under `astro dev`, a change to any content file syncs every
 * collection again, so the next page load shows it.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import { archiveFrom, type Archive } from '../archive.ts';
import { reportArchive } from '../messages/archive-report.ts';
import { reportMessages } from '../messages/report.ts';
import { readContent } from '../read/read-content.ts';

export const COLLECTIONS = ['site', 'summits', 'sessions', 'speakers', 'articles', 'presentations', 'topics', 'organizations'] as const;
type Collection = (typeof COLLECTIONS)[number];

interface Entry {
  id: string;
  data: Record<string, unknown>;
  filePath: string;
  /** Markdown to render through the configured unified pipeline. */
  markdown?: string;
  /**
   * An MDX file, rendered by @astrojs/mdx through the same pipeline when a page calls
   * render() (Astro's deferred rendering, as its glob() loader does for MDX).
   */
  mdx?: boolean;
}

/** Replace a collection's entries, skipping unchanged ones by digest and deleting stale ones. */
async function syncEntries(context: LoaderContext, entries: readonly Entry[]): Promise<void> {
  const keep = new Set<string>();
  for (const entry of entries) {
    keep.add(entry.id);
    const digest = context.generateDigest({ data: entry.data, markdown: entry.markdown ?? '', mdx: entry.mdx ?? false });
    const existing = context.store.get(entry.id);
    if (existing && existing.digest === digest && (entry.markdown === undefined || existing.rendered)) continue;
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.filePath });
    if (entry.mdx) {
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest, deferredRender: true });
    } else if (entry.markdown !== undefined) {
      const rendered = await context.renderMarkdown(entry.markdown);
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest, body: entry.markdown, rendered });
    } else {
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest });
    }
  }
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
}

/** Each collection's entries, picked from the one archive. */
const ENTRIES: Record<Collection, (archive: Archive) => Entry[]> = {
  site: (archive) => [{ id: 'site', data: archive.site, filePath: 'content/site.yaml' }],
  summits: (archive) => archive.summits.map((summit) => ({ id: summit.id, data: summit, filePath: summit.source.file })),
  sessions: (archive) =>
    archive.sessions.map((session) =>
      session.origin === 'contribution'
        ? { id: session.id, data: session, filePath: session.source.file, mdx: true }
        : { id: session.id, data: session, filePath: session.source.file, markdown: session.description },
    ),
  speakers: (archive) =>
    archive.speakers.map((speaker) => ({
      id: speaker.id,
      data: speaker,
      filePath: speaker.profile ?? 'content/speakers/aliases.yaml',
      ...(speaker.bio ? { markdown: speaker.bio } : {}),
    })),
  articles: (archive) => archive.articles.map((article) => ({ id: article.id, data: article, filePath: article.source.file, markdown: article.body })),
  presentations: (archive) => archive.presentations.map((presentation) => ({ id: presentation.id, data: presentation, filePath: presentation.source.file })),
  topics: (archive) => archive.topics.map((topic) => ({ id: topic.id, data: topic, filePath: 'content/topics.yaml' })),
  organizations: (archive) => archive.organizations.map((organization) => ({ id: organization.id, data: organization, filePath: 'content/organizations.yaml' })),
};

export function archiveLoaders(): Record<Collection, Loader> {
  // The first collection of a sync starts the read; the last one to take its share lets it
  // go, so the next sync (a content change under the dev server) reads the files again.
  let shared: { archive: Promise<Archive>; taken: number } | null = null;
  const archiveFor = (context: LoaderContext): Promise<Archive> => {
    if (!shared) shared = { archive: readAndLink(context), taken: 0 };
    const current = shared;
    current.taken += 1;
    if (current.taken >= COLLECTIONS.length) shared = null;
    return current.archive;
  };

  const contentDir = (context: LoaderContext) => resolve(fileURLToPath(context.config.root), process.env.CONTENT_DIR ?? 'content');

  const readAndLink = async (context: LoaderContext): Promise<Archive> => {
    const started = performance.now();
    // CONTENT_DIR points a build at another content folder (test fixtures, benchmark archives).
    const snapshot = await readContent({ root: fileURLToPath(context.config.root), contentDir: process.env.CONTENT_DIR, base: context.config.base });
    for (const file of snapshot.files) context.watcher?.add(file);
    const { archive, messages } = archiveFrom(snapshot);
    const outcome = reportMessages(messages, { warn: (text) => context.logger.warn(text), error: (text) => context.logger.error(text), annotate: (text) => console.log(text) }, { github: process.env.GITHUB_ACTIONS === 'true' });
    if (outcome.errors > 0 || !archive) {
      // The messages are in the log as they are; the error itself carries no content text, so
      // Astro's error overlay neither rewrites it nor guesses hints from words in it.
      throw new AstroError(`Content has ${outcome.errors} error(s), listed above with file, line and column.`, 'Fix the files named above; `npm run check` re-validates content without building pages.');
    }
    context.logger.info(`parsed ${archive.summits.length} summits, ${archive.sessions.length} sessions, ${archive.speakers.length} speakers in ${Math.round(performance.now() - started)} ms`);
    reportArchive(archive, { info: (text) => context.logger.info(text), warn: (text) => context.logger.warn(text) });
    return archive;
  };

  const watching = new Set<Collection>();
  const collection = (name: Collection): Loader => ({
    name: `summit-archive:${name}`,
    load: async (context) => {
      const sync = async () => syncEntries(context, ENTRIES[name](await archiveFor(context)));
      await sync();
      // Dev server: any change under the content folder syncs this collection again (every
      // collection registers, so they share one read of the changed content).
      if (context.watcher && !watching.has(name)) {
        watching.add(name);
        const dir = contentDir(context);
        context.watcher.add(dir);
        const onChange = (path: string) => {
          if (path !== dir && !path.startsWith(`${dir}${sep}`)) return;
          sync().catch((error: unknown) => context.logger.error(`content not reloaded: ${(error as Error).message}`));
        };
        for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
      }
    },
  });

  return Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as Record<Collection, Loader>;
}
