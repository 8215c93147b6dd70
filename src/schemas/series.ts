/**
 * `content/series/<id>.yaml`: facts shared by every summit of one conference series
 * (summit.yaml names its series with `series: <id>`). Source-specific wording lives here,
 * never in code.
 */
import { z } from 'zod';

export const SeriesSchema = z
  .object({
    /** The series' name (`Kafka Summit`); a listing title ending in ` | <name>…` has that page suffix removed for display. */
    name: z.string().min(1).max(80),
    /**
     * Words nearly every talk of the series uses (`kafka`, `streaming`): ignored when an
     * article's named talk is matched to an untitled session by shared words.
     */
    commonWords: z.array(z.string().min(1).max(40)).max(200).default([]),
  })
  .strict();

export type Series = z.infer<typeof SeriesSchema>;
