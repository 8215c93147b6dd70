/**
 * `content/summits/<summit>/corrections.yaml`: reviewed corrections to parsed sessions,
 * keyed by session id. Corrections take precedence over parsing, never edit the raw
 * listing, and are flagged wherever the corrected value is shown.
 */
import { z } from 'zod';
import { addFriendlyIssue } from './friendly.ts';
import { SessionLinksSchema } from './links.ts';

export const CorrectionSpeakerSchema = z
  .object({
    name: z.string().min(1),
    affiliation: z.string().min(1).nullable().default(null),
    role: z.string().min(1).nullable().default(null),
  })
  .strict();

export const CorrectionSchema = z
  .object({
    /** Why this correction is right: what a reviewer checked. Required, so every change is explained. */
    reason: z.string().min(10),
    /** Where the corrected facts come from (an article, a recording, the speaker). */
    provenance: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    speakers: z.array(CorrectionSpeakerSchema).min(1).optional(),
    /** Track id within the same summit (`stream-processing`). */
    track: z.string().min(1).optional(),
    links: SessionLinksSchema.optional(),
    topics: z
      .object({
        add: z.array(z.string().min(1)).default([]),
        remove: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    /** Hide a parsed entry that is not a session (page furniture the rules missed). */
    hide: z.literal(true).optional(),
  })
  .strict()
  .superRefine((correction, ctx) => {
    if (!correction.hide) return;
    // A hidden entry shows nowhere, so any other change to it would be silently dropped.
    const changes = (['title', 'speakers', 'track', 'links', 'topics'] as const).filter((field) => correction[field] !== undefined);
    if (changes.length > 0) {
      addFriendlyIssue(ctx, ['hide'], {
        message: `"hide" cannot be combined with ${changes.map((field) => `"${field}"`).join(', ')}`,
        found: `hide and ${changes.join(', ')}`,
        expected: 'either hide: true (with reason and provenance), or corrections to show',
        hint: `Remove ${changes.join(', ')} if the entry is not a session, or remove "hide" if it is one.`,
        rule: 'corrections/hide-with-changes',
      });
    }
  });

/** Keys are session ids (`<summit>/<slug>`), as shown on each session page and in data/sessions.json. */
export const CorrectionsFileSchema = z
  .record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*$/u, 'a session id such as kafka-summit-2020/kafka-for-kids'), CorrectionSchema)
  .nullable()
  .transform((value) => value ?? {});

export type Correction = z.infer<typeof CorrectionSchema>;
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
