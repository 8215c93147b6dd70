/**
 * What the read stage hands on: every content file, read through the confined content
 * tree and validated against its schema, with a way to place each field (`locate`) for
 * messages. Texts of sources (listings, articles, presentations) are not parsed yet.
 */
import type { ContentMessage } from '../messages/message.ts';
import type { ArticleMeta } from '../schemas/article-meta.ts';
import type { ContributedSession } from '../schemas/contributed-session.ts';
import type { Correction } from '../schemas/corrections.ts';
import type { OrganizationsFile } from '../schemas/organizations.ts';
import type { PresentationMeta } from '../schemas/presentation-meta.ts';
import type { Series } from '../schemas/series.ts';
import type { Site } from '../schemas/site.ts';
import type { SpeakerAliases } from '../schemas/speaker-aliases.ts';
import type { SpeakerProfile } from '../schemas/speaker-profile.ts';
import type { SummitMeta } from '../schemas/summit-meta.ts';
import type { Taxonomy } from '../schemas/topics.ts';
import type { Locate } from './yaml.ts';

/** A validated YAML file: its path (relative to the project root), data and field positions. */
export interface YamlInput<T> {
  file: string;
  data: T;
  locate: Locate;
}

export interface SummitInput {
  /** Folder name under content/summits/: the summit id. */
  id: string;
  meta: YamlInput<SummitMeta>;
  /** The listing, relative to the project root, and its text. */
  listing: { file: string; text: string };
  corrections: YamlInput<Record<string, Correction>> | null;
}

export interface ContributedSessionInput extends YamlInput<ContributedSession> {
  /** File name without `.mdx`: the session's slug. */
  slug: string;
  /** The MDX body (after the frontmatter), as written. */
  body: string;
  /** Number of lines in the file, for provenance. */
  lineCount: number;
}

export interface SpeakerProfileInput extends YamlInput<SpeakerProfile> {
  /** File name without `.md`: the speaker id it belongs to. */
  id: string;
  /** The bio, Markdown. */
  bio: string;
}

export interface ArticleInput {
  id: string;
  source: { file: string; text: string };
  meta: YamlInput<ArticleMeta> | null;
}

export interface PresentationInput {
  id: string;
  source: { file: string; text: string };
  meta: YamlInput<PresentationMeta> | null;
}

export interface ContentSnapshot {
  site: YamlInput<Site> | null;
  series: ReadonlyArray<YamlInput<Series> & { id: string }>;
  summits: SummitInput[];
  aliases: YamlInput<SpeakerAliases> | null;
  contributions: ContributedSessionInput[];
  profiles: SpeakerProfileInput[];
  articles: ArticleInput[];
  presentations: PresentationInput[];
  topics: YamlInput<Taxonomy> | null;
  organizations: YamlInput<OrganizationsFile> | null;
  /** Problems found while reading and validating the files. */
  messages: ContentMessage[];
  /** Absolute paths of the files read, for the dev-server watcher. */
  files: string[];
}
