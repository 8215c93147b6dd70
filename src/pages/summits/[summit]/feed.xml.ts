import type { APIRoute, GetStaticPaths } from 'astro';
import { sessions, summits, type SummitEntry } from '../../../data/archive.ts';
import { sessionFeed } from '../../../data/feeds.ts';

export const getStaticPaths = (async () => (await summits()).map((summit) => ({ params: { summit: summit.id }, props: { summit } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site, url }) => {
  const { summit } = props as { summit: SummitEntry };
  return sessionFeed({
    title: `Summit Archive: ${summit.data.name}`,
    description: `Every session of ${summit.data.name}.`,
    site: site ?? url.origin,
    sessions: (await sessions()).filter((session) => session.data.summit === summit.id),
    summits: [summit],
  });
};
