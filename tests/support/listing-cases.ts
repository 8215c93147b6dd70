/**
 * The fixture summits of tests/fixtures/listings/<case>/, read the one way both the test
 * (tests/unit/listing-fixtures.test.ts) and the figures script (bench/fixture-figures.ts) use:
 * summit.yaml (with an optional series.yaml of shared rules), listing.txt and the hand-written
 * expected.yaml.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { FurnitureRule } from '../../src/parse/listing/furniture.ts';
import { SeriesSchema } from '../../src/schemas/series.ts';
import { SummitMetaSchema, type SummitMeta } from '../../src/schemas/summit-meta.ts';
import { ROOT } from './paths.ts';

export const LISTING_CASES = join(ROOT, 'tests/fixtures/listings');

export interface ExpectedSpeaker {
  name: string;
  affiliation: string | null;
  role: string | null;
  suffix?: string;
  handle?: string;
}

export interface ExpectedListing {
  sessions: Array<{ line: number; track: string; title: string | null; speakers: ExpectedSpeaker[]; description: string[] }>;
  furniture: Array<{ line: number; text: string; kind: string; glued_to_line?: number }>;
}

export interface ListingCase {
  name: string;
  meta: SummitMeta;
  /** The series file's rules, then summit.yaml's: what the build gives the parser. */
  furniture: FurnitureRule[];
  text: string;
  expected: ExpectedListing;
}

export function listingCaseNames(): string[] {
  return readdirSync(LISTING_CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function readListingCase(name: string): ListingCase {
  const dir = join(LISTING_CASES, name);
  const meta = SummitMetaSchema.parse(parse(readFileSync(join(dir, 'summit.yaml'), 'utf8')));
  const seriesFile = join(dir, 'series.yaml');
  const series = existsSync(seriesFile) ? (SeriesSchema.parse(parse(readFileSync(seriesFile, 'utf8'))).furniture ?? []) : [];
  return {
    name,
    meta,
    furniture: [...series, ...(meta.furniture ?? [])],
    text: readFileSync(join(dir, 'listing.txt'), 'utf8'),
    expected: parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as ExpectedListing,
  };
}
