/**
 * The archive's records: the data of the Astro collections, made by the link stages
 * (src/link/). Records carry ids, never URLs: src/routes/urls.ts turns ids into addresses
 * under the configured base, and the open-data export (src/routes/export.ts) adds its
 * documented `url` fields from there. The export's shapes only grow (new optional
 * fields); they never rename or drop a field.
 */
import { z } from 'zod';
import { SessionLinksSchema } from './links.ts';

export const SessionSpeakerSchema = z.object({
  id: z.string().min(1),
  /** The person's name as the archive shows it (after the reviewed alias file). */
  name: z.string().min(1),
  /** The name exactly as this listing spells it. */
  listedAs: z.string().min(1),
  affiliation: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  /** Prefixes and suffixes as the listing writes them (`Dr.`, `PhD`, `Jr.`); set only when there are any. */
  suffix: z.string().min(1).optional(),
  /** A social-media handle the listing gives (`@weizhang_dev`); set only when there is one. */
  handle: z.string().min(1).optional(),
});

/** What a reviewed correction changed, with the source's original values kept for display. */
export const SessionCorrectionSchema = z.object({
  /** The corrected fields: title, speakers, track, links, topics, description. */
  fields: z.array(z.string().min(1)),
  reason: z.string().min(1),
  provenance: z.string().min(1).nullable(),
  /** The corrections file and line of this correction. */
  file: z.string().min(1),
  line: z.number().int().positive(),
  original: z.object({
    title: z.string().min(1).nullable(),
    displayTitle: z.string().min(1),
    speakerLine: z.string().nullable(),
    track: z.string().min(1),
    /** The description as parsed (Markdown), when the correction changed it. */
    description: z.string().optional(),
  }),
  /** For each link the correction added with `{ url, source }`: the page that states it. */
  linkSources: z.object({ video: z.string().min(1).optional(), slides: z.string().min(1).optional() }).optional(),
});

export const SessionSchema = z.object({
  id: z.string().min(1),
  /** `listing`: parsed from a summit listing; `contribution`: a contributor's MDX file. */
  origin: z.enum(['listing', 'contribution']),
  summit: z.string().min(1),
  /** Track id (URL slug of the English track name). */
  track: z.string().min(1),
  /** English display name of the track. */
  trackName: z.string().min(1),
  /** The track heading as written in the source. */
  trackHeading: z.string().min(1),
  /** 1-based position in the summit's listing. */
  order: z.number().int().positive(),
  /** 1-based position within the track. */
  orderInTrack: z.number().int().positive(),
  /** The title exactly as in the source, or null when the source lost it. */
  title: z.string().min(1).nullable(),
  /** What pages show: the source title without a page suffix, or a title derived from the description. */
  displayTitle: z.string().min(1),
  titleSource: z.enum(['source', 'derived', 'correction']),
  speakers: z.array(SessionSpeakerSchema),
  /** The description as Markdown. */
  description: z.string(),
  /** The start of the description as plain text (up to about 200 characters), for summaries and meta tags. */
  excerpt: z.string(),
  links: SessionLinksSchema,
  /** Set when a reviewed correction changed this session; null otherwise. */
  correction: SessionCorrectionSchema.nullable(),
  /** Articles that name this session. */
  mentionedIn: z.array(z.object({ article: z.string().min(1), title: z.string().min(1) })),
  /** Topic ids, tagged from title and description by content/topics.yaml, after corrections. */
  topics: z.array(z.string().min(1)),
  /** The day of the talk (YYYY-MM-DD), when a contributor states it; the listings give none. */
  date: z.iso.date().optional(),
  /** Up to five related session ids (TF-IDF cosine over title, description and topics). */
  related: z.array(z.string().min(1)),
  source: z.object({
    file: z.string().min(1),
    line: z.number().int().positive(),
    endLine: z.number().int().positive(),
  }),
});

export const SpeakerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Other spellings of the name found in the sources. */
  aliases: z.array(z.string().min(1)),
  /** Every affiliation given for this person, as written, in first-seen order. */
  affiliations: z.array(z.string().min(1)),
  /** Session ids, oldest summit first. */
  sessions: z.array(z.string().min(1)),
  /** Short biography in Markdown from the speaker's profile file, or null. */
  bio: z.string().nullable(),
  links: z.array(z.object({ label: z.string().min(1), url: z.string().url() })),
  /** The profile file, when the speaker has one. */
  profile: z.string().min(1).nullable(),
  /** Meetup presentations by this person (ids of the presentations collection). */
  presentations: z.array(z.string().min(1)),
  /** Articles that name this person's talks. */
  mentionedIn: z.array(z.object({ article: z.string().min(1), title: z.string().min(1) })),
});

export const TopicRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().min(1),
  /** Session ids tagged with this topic, in archive order. */
  sessions: z.array(z.string().min(1)),
  /** Tagged sessions per summit id. */
  bySummit: z.record(z.string(), z.number().int().nonnegative()),
});

export const OrganizationRecordSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  sessions: z.array(z.string().min(1)),
  /** Speaker ids. */
  people: z.array(z.string().min(1)),
  /** The affiliations that name this organisation, as each listing wrote them. */
  affiliationsAsWritten: z.array(z.string().min(1)),
});

export const PresentationSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The event, as the source names it; a meetup is an event like a summit. */
  event: z.object({ name: z.string().min(1), kind: z.literal('meetup'), city: z.string().min(1).nullable(), month: z.string().min(1).nullable(), year: z.number().int().nullable() }),
  speakers: z.array(SessionSpeakerSchema),
  abstract: z.string(),
  /** Slides in source order; `number` as printed (gaps kept), null where the source has none. */
  slides: z.array(z.object({ number: z.number().int().positive().nullable(), text: z.string(), line: z.number().int().positive() })),
  /** Slide numbers the source skips. */
  missingSlideNumbers: z.array(z.number().int().positive()),
  demos: z.object({ intro: z.string().nullable(), items: z.array(z.string()) }),
  /** The deck's repeated slide footers left out of the slides (content/presentations/<id>/presentation.yaml). */
  footers: z.array(z.string()),
  mentions: z.array(z.object({ text: z.string(), author: z.string(), handle: z.string(), date: z.string(), dateText: z.string() })),
  source: z.object({ file: z.string().min(1) }),
});

export const ArticleMentionSchema = z.object({
  title: z.string().min(1),
  speaker: z.string().min(1),
  line: z.number().int().positive(),
  status: z.enum(['resolved', 'candidate', 'unresolved']),
  /** The session the mention links to (resolved), or the one a reviewer should check (candidate). */
  session: z.string().min(1).nullable(),
  reason: z.string().nullable(),
});

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The summit the article reports on. */
  summit: z.string().min(1).nullable(),
  /** The article as Markdown, with each resolved talk linked to its session page. */
  body: z.string(),
  mentions: z.array(ArticleMentionSchema),
  /** Sentences whose link targets the scrape lost; kept as text, never as links. */
  lostLinks: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
  source: z.object({ file: z.string().min(1) }),
});

export const TrackSchema = z.object({
  id: z.string().min(1),
  /** The heading as written in the source. */
  name: z.string().min(1),
  /** The English name pages show. */
  displayName: z.string().min(1),
  /** Session ids in source order. */
  sessions: z.array(z.string().min(1)),
});

export const SummitSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  year: z.number().int(),
  city: z.string().min(1).nullable(),
  tagline: z.string().min(1).nullable(),
  tracks: z.array(TrackSchema),
  source: z.object({ file: z.string().min(1) }),
});

export type Session = z.infer<typeof SessionSchema>;
export type SessionCorrection = z.infer<typeof SessionCorrectionSchema>;
export type SessionSpeaker = z.infer<typeof SessionSpeakerSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Summit = z.infer<typeof SummitSchema>;
export type Track = z.infer<typeof TrackSchema>;
export type Presentation = z.infer<typeof PresentationSchema>;
export type TopicRecord = z.infer<typeof TopicRecordSchema>;
export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleMention = z.infer<typeof ArticleMentionSchema>;
