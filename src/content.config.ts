import { defineCollection } from 'astro:content';
import { archiveLoaders } from './loaders/archive-loader.ts';
import { SiteSchema } from './schemas/site.ts';
import { ArticleSchema, OrganizationRecordSchema, PresentationSchema, SessionSchema, SpeakerSchema, SummitSchema, TopicRecordSchema } from './schemas/records.ts';

const archive = archiveLoaders();

export const collections = {
  site: defineCollection({ loader: archive.site, schema: SiteSchema }),
  summits: defineCollection({ loader: archive.summits, schema: SummitSchema }),
  sessions: defineCollection({ loader: archive.sessions, schema: SessionSchema }),
  speakers: defineCollection({ loader: archive.speakers, schema: SpeakerSchema }),
  articles: defineCollection({ loader: archive.articles, schema: ArticleSchema }),
  presentations: defineCollection({ loader: archive.presentations, schema: PresentationSchema }),
  topics: defineCollection({ loader: archive.topics, schema: TopicRecordSchema }),
  organizations: defineCollection({ loader: archive.organizations, schema: OrganizationRecordSchema }),
};
