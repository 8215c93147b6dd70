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
