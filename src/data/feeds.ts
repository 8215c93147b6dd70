/** RSS feeds of sessions (whole archive, and per summit) with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { SessionEntry, SummitEntry } from './archive.ts';

export function sessionFeed(options: { title: string; description: string; site: URL | string; sessions: SessionEntry[]; summits: SummitEntry[] }): Promise<Response> {
  const summitName = new Map(options.summits.map((summit) => [summit.id, summit.data.name]));
  return rss({
    title: options.title,
    description: options.description,
    site: options.site,
    // Sessions carry no dates in the sources; items keep archive order and omit pubDate.
    items: options.sessions.map(({ data }) => ({
      title: data.displayTitle,
      link: data.url,
      description: [
        `${summitName.get(data.summit)}, ${data.trackName}.`,
        data.speakers.length > 0 ? `Speakers: ${data.speakers.map((speaker) => speaker.name).join(', ')}.` : '',
        data.excerpt,
      ]
        .filter(Boolean)
        .join(' '),
      categories: [summitName.get(data.summit) ?? data.summit, data.trackName, ...data.topics],
    })),
    customData: '<language>en</language>',
  });
}
