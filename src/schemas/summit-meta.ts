/**
 * `content/summits/<id>/summit.yaml`: what a maintainer writes next to a listing.
 * Facts the source does not state stay null; nothing here is invented.
 */
import { z } from 'zod';

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
    year: z.number().int().min(1990).max(2100),
    /** The city, where the listing states one; null for an online or unstated venue. */
    city: z.string().min(1).nullable(),
    /** A strapline the listing gives (`Event Streaming Everywhere`), or null. */
    tagline: z.string().min(1).nullable().default(null),
    /** The listing file in the same folder. */
    listing: z.string().min(1).default('listing.txt'),
    tracks: z.array(TrackMetaSchema).min(1),
  })
  .strict();

export type SummitMeta = z.infer<typeof SummitMetaSchema>;
export type TrackMeta = z.infer<typeof TrackMetaSchema>;
