import type { APIRoute } from 'astro';
import { sessions, summits } from '../data/archive.ts';
import { sessionFeed } from '../data/feeds.ts';

export const GET: APIRoute = async ({ site, url }) =>
  sessionFeed({
    title: 'Summit Archive: all sessions',
    description: 'Every session of the Kafka Summit archive.',
    site: site ?? url.origin,
    sessions: await sessions(),
    summits: await summits(),
  });
