/**
 * `content/speakers/aliases.yaml`: reviewed decisions about who is who.
 * People are merged only here, never by fuzzy matching at build time.
 */
import { z } from 'zod';

export const SpeakerAliasesSchema = z
  .object({
    people: z
      .array(
        z
          .object({
            /** The name the archive shows for this person. */
            name: z.string().min(1),
            /** Other spellings that occur in the sources. */
            aliases: z.array(z.string().min(1)).min(1),
            /** Why a reviewer decided these are one person. */
            note: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    /** Pairs that look alike but were reviewed as different people. */
    distinct: z
      .array(
        z
          .object({
            names: z.tuple([z.string().min(1), z.string().min(1)]),
            note: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type SpeakerAliases = z.infer<typeof SpeakerAliasesSchema>;
