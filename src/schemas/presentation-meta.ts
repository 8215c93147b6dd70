/**
 * `content/presentations/<id>/presentation.yaml`: reviewed facts about a scraped slide deck
 * page (source.txt, kept unchanged) that its text does not state in a parseable way.
 */
import { z } from 'zod';

export const PresentationMetaSchema = z
  .object({
    /**
     * The deck's repeated slide footers, as the scrape writes them (`@gamussa | #BostonKafka |
     * @ConfluentINc`): removed from each slide's text, even where the scrape interleaves them
     * with the slide's own words.
     */
    footers: z.array(z.string().min(1).max(200)).max(20).default([]),
  })
  .strict();

export type PresentationMeta = z.infer<typeof PresentationMetaSchema>;
