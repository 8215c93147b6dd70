/**
 * Astro glue: Content Layer loaders for the `summits`, `sessions` and `speakers`
 * collections over the pure archive builder. One `archiveLoaders()` instance parses
 * `content/` once and feeds all three collections from that one result.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import type { Archive } from '../parser/archive.ts';
import { formatIssues } from '../utils/content-issue.ts';
import { archiveFrom, readContent } from './read-content.ts';

type Collection = 'summits' | 'sessions' | 'speakers' | 'articles' | 'presentations' | 'topics' | 'organizations';

export function archiveLoaders(): Record<Collection, Loader> {
  // The collections load in parallel from one read and parse of content/: the first loader
  // of a sync starts it, the last one to take its share lets it go, so the next sync (a
  // content change under the dev server) reads the files again.
  const collections = 7;
  let shared: { archive: Promise<Archive>; taken: number } | null = null;

  const archiveFor = (context: LoaderContext): Promise<Archive> => {
    if (!shared) shared = { archive: readAndBuild(context), taken: 0 };
    const current = shared;
    current.taken += 1;
    if (current.taken >= collections) shared = null;
    return current.archive;
  };

  const readAndBuild = async (context: LoaderContext): Promise<Archive> => {
    const started = performance.now();
    // CONTENT_DIR points a build at another content folder (test fixtures, benchmark archives).
    const snapshot = await readContent({ root: fileURLToPath(context.config.root), contentDir: process.env.CONTENT_DIR, base: context.config.base });
    for (const file of snapshot.files) context.watcher?.add(file);
    const { archive, issues } = archiveFrom(snapshot, context.config.base);
    const errors = issues.filter((issue) => issue.severity !== 'warning');
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (process.env.GITHUB_ACTIONS === 'true' && issues.length > 0) console.log(formatIssues(issues, { github: true }));
    if (warnings.length > 0) context.logger.warn(`content has ${warnings.length} warning(s):\n\n${formatIssues(warnings)}`);
    if (errors.length > 0 || !archive) {
      // The messages go to the log as they are; the error itself carries no content text, so
      // Astro's error overlay neither rewrites it nor guesses hints from words in it.
      context.logger.error(`content has ${errors.length} error(s):\n\n${formatIssues(errors)}`);
      throw new AstroError(
        `Content has ${errors.length} error(s), listed above with file, line and column.`,
        'Fix the files named above; `npm run check` re-validates content without building pages.',
      );
    }
    context.logger.info(
      `parsed ${archive.summits.length} summits, ${archive.sessions.length} sessions, ${archive.speakers.length} speakers in ${Math.round(performance.now() - started)} ms`,
    );
    // The article report: every named talk, linked or not, so a maintainer can act on candidates.
    for (const article of archive.articles) {
      for (const mention of article.mentions) {
        const talk = `"${mention.title}" (${mention.speaker}), ${article.source.file}:${mention.line}`;
        if (mention.status === 'candidate') context.logger.warn(`article mention ${talk} is probably untitled session ${mention.session} (${mention.reason}); confirm it with a correction`);
        else if (mention.status === 'unresolved') context.logger.info(`article mention ${talk} is not in the archive: kept as a plain mention`);
      }
    }
    for (const duplicate of archive.duplicates) {
      context.logger.warn(`possible duplicate speaker: "${duplicate.names[0]}" / "${duplicate.names[1]}" (${duplicate.reason}); settle it in content/speakers/aliases.yaml`);
    }
    return archive;
  };

  interface Entry {
    id: string;
    data: Record<string, unknown>;
    filePath: string;
    /** Markdown to render through the configured unified pipeline. */
    markdown?: string;
    /**
     * An MDX file, rendered by @astrojs/mdx through the same pipeline when a page
     * calls render() (Astro's deferred rendering, as its glob() loader does for MDX).
     */
    mdx?: boolean;
  }

  /** Replace a collection's entries, skipping unchanged ones by digest and deleting stale ones. */
  const sync = async (context: LoaderContext, entries: Entry[]) => {
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
  };

  /** A collection's loader: its entries, picked from the one shared parse. */
  const collection = (name: Collection, entries: (archive: Archive) => Entry[]): Loader => ({
    name: `summit-archive:${name}`,
    load: async (context) => sync(context, entries(await archiveFor(context))),
  });

  return {
    summits: collection('summits', (archive) => archive.summits.map((summit) => ({ id: summit.id, data: summit, filePath: summit.source.file }))),
    sessions: collection('sessions', (archive) =>
      archive.sessions.map((session) =>
        session.origin === 'contribution'
          ? { id: session.id, data: session, filePath: session.source.file, mdx: true }
          : { id: session.id, data: session, filePath: session.source.file, markdown: session.description },
      ),
    ),
    speakers: collection('speakers', (archive) =>
      archive.speakers.map((speaker) => ({
        id: speaker.id,
        data: speaker,
        filePath: speaker.profile ?? 'content/speakers/aliases.yaml',
        ...(speaker.bio ? { markdown: speaker.bio } : {}),
      })),
    ),
    articles: collection('articles', (archive) =>
      archive.articles.map((article) => ({ id: article.id, data: article, filePath: article.source.file, markdown: article.body })),
    ),
    presentations: collection('presentations', (archive) =>
      archive.presentations.map((presentation) => ({ id: presentation.id, data: presentation, filePath: presentation.source.file })),
    ),
    topics: collection('topics', (archive) => archive.topics.map((topic) => ({ id: topic.id, data: topic, filePath: 'content/topics.yaml' }))),
    organizations: collection('organizations', (archive) =>
      archive.organizations.map((organization) => ({ id: organization.id, data: organization, filePath: 'content/organizations.yaml' })),
    ),
  } satisfies Record<Collection, Loader>;
}
