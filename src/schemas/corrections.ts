/**
 * `content/summits/<summit>/corrections.yaml`: reviewed corrections to parsed sessions,
 * keyed by session id. Corrections take precedence over parsing, never edit the raw
 * listing, and are flagged wherever the corrected value is shown.
 */
import { z } from 'zod';
import { addFriendlyIssue } from './friendly.ts';
import { CorrectionLinksSchema } from './links.ts';

export const CorrectionSpeakerSchema = z
  .object({
    name: z.string().min(1),
    affiliation: z.string().min(1).nullable().default(null),
    role: z.string().min(1).nullable().default(null),
  })
  .strict();

/**
 * Fixes to the text of a parsed description: lines the parser kept that are not the session's
 * (by source line number, or by their exact text), and exact replacements inside description
 * lines (`Ã la` → `à la`). The page shows the corrected text, marked, with the original kept.
 */
export const DescriptionCorrectionSchema = z
  .object({
    /** Description lines to leave out: a listing line number, or the line's exact text (without indentation). */
    drop: z.array(z.union([z.number().int().positive(), z.string().trim().min(1)])).min(1).optional(),
    /** Exact text to replace in every description line; no patterns. */
    replace: z
      .array(z.object({ find: z.string().min(1).max(500), with: z.string().max(500) }).strict())
      .min(1)
      .optional(),
  })
  .strict()
  .superRefine((description, ctx) => {
    if (description.drop || description.replace) return;
    addFriendlyIssue(ctx, [], {
      message: 'A description correction needs "drop" or "replace"',
      found: 'neither',
      expected: 'drop: [line numbers or exact lines] and/or replace: [{ find, with }]',
      hint: 'Add e.g. `replace: [{ find: "Ã la", with: "à la" }]`, or `drop: [223]` to leave out listing line 223.',
      rule: 'corrections/empty-description',
    });
  });

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
    /** Recordings and slides: a URL, or `{ url, source }` naming the page that says it is this talk's. */
    links: CorrectionLinksSchema.optional(),
    topics: z
      .object({
        add: z.array(z.string().min(1)).default([]),
        remove: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .optional(),
    description: DescriptionCorrectionSchema.optional(),
    /** Hide a parsed entry that is not a session (page furniture the rules missed). */
    hide: z.literal(true).optional(),
  })
  .strict()
  .superRefine((correction, ctx) => {
    if (!correction.hide) return;
    // A hidden entry shows nowhere, so any other change to it would be silently dropped.
    const changes = (['title', 'speakers', 'track', 'links', 'topics', 'description'] as const).filter((field) => correction[field] !== undefined);
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
export type DescriptionCorrection = z.infer<typeof DescriptionCorrectionSchema>;
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;
