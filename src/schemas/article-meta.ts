/**
 * `content/articles/<id>/article.yaml`: reviewed facts about an article that its scraped
 * text (source.txt, kept unchanged) does not state in a parseable way.
 */
import { z } from 'zod';

export const ArticleMetaSchema = z
  .object({
    /** The summit the article reports on (folder name under content/summits/), or null. */
    summit: z.string().min(1).nullable(),
    /** Where in the source the summit is identified. */
    note: z.string().min(1),
  })
  .strict();

export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
