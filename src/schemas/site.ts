/**
 * `content/site.yaml`: what the site calls itself. Kept in content, not code, so an archive
 * of another conference series needs no code edit.
 */
import { z } from 'zod';

export const SiteSchema = z
  .object({
    /** The site's name: the header brand, the end of every page title, feed and OpenGraph site name. */
    name: z.string().min(1).max(80),
    /** The home page's heading. */
    heading: z.string().min(1).max(120),
    /** The site's description: the home page's meta description and the archive feed's. */
    description: z.string().min(1).max(300),
  })
  .strict();

export type Site = z.infer<typeof SiteSchema>;

/** Used when content/ has no site.yaml (test fixtures, benchmark archives). */
export const DEFAULT_SITE: Site = {
  name: 'Summit Archive',
  heading: 'Conference archive',
  description: 'Sessions and speakers of past conferences, searchable and readable without JavaScript.',
};
