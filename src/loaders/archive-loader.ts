/**
 * Astro glue: Content Layer loaders for the archive's collections over the data path
 * (src/archive.ts). The collections load in parallel from one read and link of content/;
 * each skips unchanged entries by digest and deletes stale ones, as Astro's own file() and
 * glob() loaders do. Under `astro dev`, a change to any content file syncs every
 * collection again, so the next page load shows it.
 *
 * Rendering: a listing session's description is rendered from the mdast tree the parser
 * built (src/loaders/render-tree.ts), not by parsing its Markdown again; same HTML, same
 * plugins (policy, sanitiser). Everything else goes through Astro's `renderMarkdown()`.
 *
 * What the content store (Astro's data-store.json, in `cacheDir`) keeps between builds,
 * and when an entry is reused: each entry's validated data and rendered HTML, under a
 * digest of its data and Markdown. Astro clears the whole store when its version, the
 * Astro config or the content config changes; this loader also clears a collection when
 * the code that makes entries changes (CODE_PATHS below, hashed into the collection's
 * meta store), so a store kept from an older loader, parser or Markdown pipeline is never
 * reused.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { archiveFrom, type Archive } from '../archive.ts';
import { collectDescriptionTrees } from '../parse/listing/description.ts';
import { createTreeRenderer, type TreeRenderer } from './render-tree.ts';
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
  /** The tree the parser serialised `markdown` from, when it did: rendered instead of parsing the Markdown. */
  tree?: Root;
  /**
   * An MDX file, rendered by @astrojs/mdx through the same pipeline when a page calls
   * render() (Astro's deferred rendering, as its glob() loader does for MDX).
   */
  mdx?: boolean;
}

/**
 * The code an entry's data and HTML come from (relative to the project root): the same
 * list as the deploy workflow's cache key (.github/workflows/deploy.yml).
 */
export const CODE_PATHS = ['package-lock.json', 'astro.config.mjs', 'src/loaders', 'src/link', 'src/parse', 'src/read', 'src/markdown', 'src/schemas'] as const;

/** A digest of every file under CODE_PATHS, by path and content. */
export function codeDigest(root: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      try {
        hash.update(`${relative(root, path)}\0`).update(readFileSync(path)).update('\0');
      } catch {
        hash.update(`${relative(root, path)}\0missing\0`);
      }
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) add(join(path, entry.name));
  };
  for (const path of CODE_PATHS) add(join(root, path));
  return hash.digest('hex');
}

const CODE_DIGEST_KEY = 'summit-archive:code-digest';

/**
 * Replace a collection's entries, skipping unchanged ones by digest and deleting stale ones.
 * A store written by other code (`codeDigest`) is cleared first.
 */
async function syncEntries(context: LoaderContext, entries: readonly Entry[], code: string, renderTree: TreeRenderer | null): Promise<void> {
  const cleared = context.meta.get(CODE_DIGEST_KEY) !== code && context.store.keys().length > 0;
  if (context.meta.get(CODE_DIGEST_KEY) !== code) {
    context.store.clear();
    context.meta.set(CODE_DIGEST_KEY, code);
  }
  const keep = new Set<string>();
  let unchanged = 0;
  for (const entry of entries) {
    keep.add(entry.id);
    const digest = context.generateDigest({ data: entry.data, markdown: entry.markdown ?? '', mdx: entry.mdx ?? false });
    const existing = context.store.get(entry.id);
    if (existing && existing.digest === digest && (entry.markdown === undefined || existing.rendered)) {
      unchanged += 1;
      continue;
    }
    const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.filePath });
    if (entry.mdx) {
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest, deferredRender: true });
    } else if (entry.markdown !== undefined) {
      // The Markdown itself is not stored again: it is in the data already, and pages render `rendered`.
      const rendered = (entry.tree && renderTree ? await renderTree(entry.tree) : null) ?? (await context.renderMarkdown(entry.markdown));
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest, rendered });
    } else {
      context.store.set({ id: entry.id, data, filePath: entry.filePath, digest });
    }
  }
  let removed = 0;
  for (const id of context.store.keys()) {
    if (keep.has(id)) continue;
    context.store.delete(id);
    removed += 1;
  }
  context.logger.info(`${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: ${unchanged} unchanged, ${entries.length - unchanged} new or changed, ${removed} removed${cleared ? ' (cached entries dropped: the code that makes them changed)' : ''}`);
}

interface Linked {
  archive: Archive;
  /** The parser's description trees, by the Markdown each was serialised to. */
  trees: ReadonlyMap<string, Root>;
  code: string;
}

/** Each collection's entries, picked from the one archive. */
const ENTRIES: Record<Collection, (archive: Archive, trees: ReadonlyMap<string, Root>) => Entry[]> = {
  site: (archive) => [{ id: 'site', data: archive.site, filePath: 'content/site.yaml' }],
  summits: (archive) => archive.summits.map((summit) => ({ id: summit.id, data: summit, filePath: summit.source.file })),
  sessions: (archive, trees) =>
    archive.sessions.map((session) => {
      if (session.origin === 'contribution') return { id: session.id, data: session, filePath: session.source.file, mdx: true };
      const tree = trees.get(session.description);
      return { id: session.id, data: session, filePath: session.source.file, markdown: session.description, ...(tree ? { tree } : {}) };
    }),
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
  let shared: { archive: Promise<Linked>; taken: number } | null = null;
  const archiveFor = (context: LoaderContext): Promise<Linked> => {
    if (!shared) shared = { archive: readAndLink(context), taken: 0 };
    const current = shared;
    current.taken += 1;
    if (current.taken >= COLLECTIONS.length) shared = null;
    return current.archive;
  };

  const contentDir = (context: LoaderContext) => resolve(fileURLToPath(context.config.root), process.env.CONTENT_DIR ?? 'content');

  const readAndLink = async (context: LoaderContext): Promise<Linked> => {
    const started = performance.now();
    const root = fileURLToPath(context.config.root);
    // CONTENT_DIR points a build at another content folder (test fixtures, benchmark archives).
    const snapshot = await readContent({ root, contentDir: process.env.CONTENT_DIR, base: context.config.base });
    for (const file of snapshot.files) context.watcher?.add(file);
    const { result, trees } = collectDescriptionTrees(() => archiveFrom(snapshot));
    const { archive, messages } = result;
    const outcome = reportMessages(messages, { warn: (text) => context.logger.warn(text), error: (text) => context.logger.error(text), annotate: (text) => console.log(text) }, { github: process.env.GITHUB_ACTIONS === 'true' });
    if (outcome.errors > 0 || !archive) {
      // The messages are in the log as they are; the error itself carries no content text, so
      // Astro's error overlay neither rewrites it nor guesses hints from words in it. Nor a
      // stack trace: the problem is in the content named above, not in this code.
      const error = new AstroError(`Content has ${outcome.errors} error(s), listed above with file, line and column.`, 'Fix the files named above; `npm run check` re-validates content without building pages.');
      error.stack = '';
      throw error;
    }
    context.logger.info(`parsed ${archive.summits.length} summits, ${archive.sessions.length} sessions, ${archive.speakers.length} speakers in ${Math.round(performance.now() - started)} ms`);
    reportArchive(archive, { info: (text) => context.logger.info(text), warn: (text) => context.logger.warn(text) });
    return { archive, trees, code: codeDigest(root) };
  };

  let renderer: { tree: TreeRenderer | null } | null = null;
  const treeRenderer = (context: LoaderContext): TreeRenderer | null => {
    renderer ??= { tree: createTreeRenderer(context.config.markdown) };
    return renderer.tree;
  };

  const watching = new Set<Collection>();
  const collection = (name: Collection): Loader => ({
    name: `summit-archive:${name}`,
    load: async (context) => {
      const sync = async () => {
        const { archive, trees, code } = await archiveFor(context);
        await syncEntries(context, ENTRIES[name](archive, trees), code, treeRenderer(context));
      };
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
