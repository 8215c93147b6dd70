import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData, pageContext } from '../../../routes/collections.ts';
import { summitFeed } from '../../../routes/feeds.ts';
import { summitFeedPaths } from '../../../routes/pages/summit.ts';

export const getStaticPaths = (async () => summitFeedPaths(await archiveData())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await archiveData();
  return summitFeed(data, pageContext(data), params.summit!);
};
