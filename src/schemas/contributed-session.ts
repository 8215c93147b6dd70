/**
 * Frontmatter of `content/sessions/<slug>.mdx`: a session the listings do not have,
 * added by a contributor. The file name is the session's slug; its id is `<summit>/<slug>`.
 */
import { z } from 'zod';
import { CorrectionSpeakerSchema } from './corrections.ts';
import { SessionLinksSchema } from './links.ts';

export const ContributedSessionSchema = z
  .object({
    /** Summit folder name under content/summits/ (`kafka-summit-2020`). */
    summit: z.string().min(1),
    /** Track id within that summit (`breakouts`). */
    track: z.string().min(1),
    title: z.string().min(1),
    speakers: z.array(CorrectionSpeakerSchema).default([]),
    /** The day of the talk, when known (YYYY-MM-DD). */
    date: z.iso.date({ error: 'a date written YYYY-MM-DD, such as 2020-08-24' }).optional(),
    links: SessionLinksSchema.optional(),
    topics: z.array(z.string().min(1)).default([]),
    /** Where the facts come from (a recording, the conference site). */
    provenance: z.string().min(1),
  })
  .strict();

export type ContributedSession = z.infer<typeof ContributedSessionSchema>;
