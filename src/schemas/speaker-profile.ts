/**
 * `content/speakers/profiles/<speaker-id>.md`: an optional profile that merges into the
 * speaker collection. The body is a short Markdown bio.
 */
import { z } from 'zod';
import { HttpUrlSchema } from './links.ts';

export const SpeakerProfileSchema = z
  .object({
    /** The name the archive should show, when it differs from the listings' spelling. */
    name: z.string().min(1).optional(),
    /** Further spellings of this person's name found in the sources. */
    aliases: z.array(z.string().min(1)).default([]),
    links: z
      .array(
        z
          .object({
            label: z.string().min(1),
            url: HttpUrlSchema,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type SpeakerProfile = z.infer<typeof SpeakerProfileSchema>;
