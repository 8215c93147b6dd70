/** Links contributors may attach: only absolute http(s) URLs, never `javascript:` or relative paths. */
import { z } from 'zod';

export const HttpUrlSchema = z.url({ protocol: /^https?$/u, hostname: z.regexes.domain, error: 'an absolute http(s) URL such as https://www.youtube.com/watch?v=…' });

export const SessionLinksSchema = z
  .object({
    video: HttpUrlSchema.optional(),
    slides: HttpUrlSchema.optional(),
  })
  .strict();

export type SessionLinks = z.infer<typeof SessionLinksSchema>;

/**
 * A link a reviewed correction adds, with the page that says it is this session's recording or
 * deck: `slides: { url, source }`. A bare URL is accepted too, for links that need no more
 * than the correction's own provenance.
 */
export const SourcedLinkSchema = z
  .object({
    url: HttpUrlSchema,
    /** What public page states that this link is this session's recording or slides. */
    source: z.string().trim().min(10),
  })
  .strict();

export const CorrectionLinksSchema = z
  .object({
    video: z.union([HttpUrlSchema, SourcedLinkSchema]).optional(),
    slides: z.union([HttpUrlSchema, SourcedLinkSchema]).optional(),
  })
  .strict();

export type CorrectionLinks = z.infer<typeof CorrectionLinksSchema>;

/** The URLs of a correction's links, and the source each states, kept apart: records carry URLs. */
export function splitLinkSources(links: CorrectionLinks): { urls: SessionLinks; sources: { video?: string; slides?: string } } {
  const urls: SessionLinks = {};
  const sources: { video?: string; slides?: string } = {};
  for (const kind of ['video', 'slides'] as const) {
    const link = links[kind];
    if (link === undefined) continue;
    if (typeof link === 'string') urls[kind] = link;
    else {
      urls[kind] = link.url;
      sources[kind] = link.source;
    }
  }
  return { urls, sources };
}
