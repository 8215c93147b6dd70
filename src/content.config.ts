import { defineCollection } from 'astro:content';
import { archiveLoaders } from './loaders/archive-loader.ts';
import { SessionSchema, SpeakerSchema, SummitSchema } from './schemas/records.ts';

const archive = archiveLoaders();

export const collections = {
  summits: defineCollection({ loader: archive.summits, schema: SummitSchema }),
  sessions: defineCollection({ loader: archive.sessions, schema: SessionSchema }),
  speakers: defineCollection({ loader: archive.speakers, schema: SpeakerSchema }),
};
