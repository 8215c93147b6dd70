import type { APIRoute } from 'astro';
import { archiveData, pageContext } from '../routes/collections.ts';
import { archiveFeed } from '../routes/feeds.ts';

export const GET: APIRoute = async () => {
  const data = await archiveData();
  return archiveFeed(data, pageContext(data));
};
