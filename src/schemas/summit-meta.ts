/**
 * `content/summits/<id>/summit.yaml`: what a maintainer writes next to a listing.
 * Facts the source does not state stay null; nothing here is invented.
 */
import { z } from 'zod';
import { trackId } from '../text/slug.ts';
import { addFriendlyIssue } from './friendly.ts';
import { FurnitureRulesSchema } from './series.ts';

export const TrackMetaSchema = z
  .object({
    /** The track heading exactly as it stands in listing.txt (may be Japanese). */
    heading: z.string().min(1),
    /** The English name the archive shows; equal to `heading` when that is already English. */
    name: z.string().min(1),
  })
  .strict();

export const SummitMetaSchema = z
  .object({
    name: z.string().min(1),
    /** The series this summit belongs to: a file content/series/<series>.yaml. */
    series: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, { error: 'a series id such as kafka-summit (a file in content/series/)' }).optional(),
    year: z.number().int().min(1990).max(2100),
    /** The city, where the listing states one; null for an online or unstated venue. */
    city: z.string().min(1).nullable(),
    /** A strapline the listing gives (`Event Streaming Everywhere`), or null. */
    tagline: z.string().min(1).nullable().default(null),
    /** The listing file in the same folder: a plain file name, never a path. */
    listing: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*$/u, { error: 'a file name in the summit folder, such as listing.txt (no "/", no "..")' })
      .default('listing.txt'),
    tracks: z.array(TrackMetaSchema).min(1),
    /**
     * How the listing lays out a session (README, "What the parser makes of a listing"):
     * `bulleted` (a `•` bullet per session, speaker line and description indented under it) or
     * `titled` (a title line, a `•` bullet per speaker, description paragraphs unindented).
     * Left out, the parser tells them apart by the layout and says when it reads `titled`.
     */
    style: z.enum(['bulleted', 'titled']).optional(),
    /** Page furniture of this summit's listing only; rules the whole series shares go in its series file. */
    furniture: FurnitureRulesSchema.optional(),
  })
  .strict()
  .superRefine((meta, ctx) => {
    // Each heading opens one track, and each track has its own page: neither may repeat.
    const headings = new Map<string, number>();
    const ids = new Map<string, number>();
    meta.tracks.forEach((track, index) => {
      const heading = headings.get(track.heading);
      if (heading !== undefined) {
        addFriendlyIssue(ctx, ['tracks', index, 'heading'], {
          message: `The heading "${track.heading}" is declared twice (tracks.${heading} and tracks.${index})`,
          found: track.heading,
          expected: 'each listing heading once',
          hint: 'Remove the repeated track; a heading that occurs twice in the listing belongs to one track.',
          rule: 'summit/duplicate-heading',
        });
      } else headings.set(track.heading, index);
      const id = trackId(track.name);
      const other = ids.get(id);
      if (other !== undefined) {
        addFriendlyIssue(ctx, ['tracks', index, 'name'], {
          message: `Tracks ${other} and ${index} would share the track id "${id}"`,
          found: `${meta.tracks[other]!.name} / ${track.name}`,
          expected: 'track names that give different ids (the id is the slug of the name)',
          hint: 'Give the two tracks names that differ in letters or digits, not only in case or punctuation.',
          rule: 'summit/duplicate-track-id',
        });
      } else ids.set(id, index);
    });
  });

export type SummitMeta = z.infer<typeof SummitMetaSchema>;
export type TrackMeta = z.infer<typeof TrackMetaSchema>;
