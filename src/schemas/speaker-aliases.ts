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
            aliases: z.array(z.string().min(1)).default([]),
            /**
             * An explicit speaker id, for a person whose name would give the same id as someone
             * else's (two different people called "José Pérez" and "Jose Perez").
             */
            id: z
              .string()
              .regex(/^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*$/u, { error: 'lower-case words joined by hyphens, such as jose-perez-madrid' })
              .optional(),
            /** Why a reviewer decided these are one person. */
            note: z.string().min(1),
          })
          .strict()
          .refine((person) => person.aliases.length > 0 || person.id !== undefined, {
            error: 'aliases (the other spellings of this name), or an id',
            path: ['aliases'],
          }),
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
