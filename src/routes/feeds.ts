/** RSS feeds of sessions (whole archive, and per summit) with @astrojs/rss. */
import rss from '@astrojs/rss';
import type { Session } from '../schemas/records.ts';
import type { ArchiveData } from './archive-data.ts';
import type { RouteContext } from './context.ts';

export function sessionFeed(options: { title: string; description: string; sessions: readonly Session[]; data: ArchiveData; ctx: RouteContext }): Promise<Response> {
  const { data, ctx } = options;
  const summitName = (id: string) => data.summitById.get(id)?.name;
  return rss({
    title: options.title,
    description: options.description,
    site: ctx.siteUrl,
    // Sessions carry no dates in the sources; items keep archive order and omit pubDate.
    items: options.sessions.map((session) => ({
      title: session.displayTitle,
      link: ctx.urls.session(session.id),
      description: [
        `${summitName(session.summit)}, ${session.trackName}.`,
        session.speakers.length > 0 ? `Speakers: ${session.speakers.map((speaker) => speaker.name).join(', ')}.` : '',
        session.excerpt,
      ]
        .filter(Boolean)
        .join(' '),
      categories: [summitName(session.summit) ?? session.summit, session.trackName, ...session.topics],
    })),
    customData: '<language>en</language>',
  });
}

export function archiveFeed(data: ArchiveData, ctx: RouteContext): Promise<Response> {
  return sessionFeed({ title: `${data.site.name}: all sessions`, description: `Every session of the ${data.site.heading}.`, sessions: data.sessions, data, ctx });
}

export function summitFeed(data: ArchiveData, ctx: RouteContext, summitId: string): Promise<Response> {
  const summit = data.summitById.get(summitId)!;
  return sessionFeed({ title: `${data.site.name}: ${summit.name}`, description: `Every session of ${summit.name}.`, sessions: data.sessionsBySummit.get(summitId) ?? [], data, ctx });
}
