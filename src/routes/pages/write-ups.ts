/** Pages of the write-ups that are not listings: recap articles and meetup presentations. */
import type { Article, Presentation, Summit } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { articleLd, type JsonLd } from '../json-ld.ts';
import { speakerLinks, type SpeakerLink } from '../session-list.ts';

const STATUS_TEXT = { resolved: 'in the archive', candidate: 'probably an untitled session (to confirm)', unresolved: 'not in the archive' } as const;

export interface ArticlePage {
  article: Article;
  summit: Summit | null;
  summitUrl: string | null;
  jsonLd: JsonLd;
  mentions: Array<{ title: string; url: string | null; speaker: string; status: string }>;
}

export function articlePaths(data: ArchiveData): Array<{ params: { article: string } }> {
  return data.articles.map((article) => ({ params: { article: article.id } }));
}

export function articlePage(data: ArchiveData, ctx: RouteContext, id: string): ArticlePage {
  const article = data.articleById.get(id)!;
  const summit = article.summit ? (data.summitById.get(article.summit) ?? null) : null;
  const linked = article.mentions.flatMap((mention) => (mention.status === 'resolved' && mention.session ? [data.sessionById.get(mention.session)!] : []));
  return {
    article,
    summit,
    summitUrl: summit ? ctx.urls.summit(summit.id) : null,
    jsonLd: articleLd({ id: article.id, title: article.title, summit, sessions: linked }, ctx),
    mentions: article.mentions.map((mention) => ({
      title: mention.title,
      url: mention.status === 'resolved' && mention.session ? ctx.urls.session(mention.session) : null,
      speaker: mention.speaker,
      status: STATUS_TEXT[mention.status],
    })),
  };
}

export interface PresentationPage {
  presentation: Presentation;
  speakers: SpeakerLink[];
  when: string;
  numbered: number;
  /** The deck footers left out of the slides, as written. */
  footers: string[];
}

export function presentationPaths(data: ArchiveData): Array<{ params: { presentation: string } }> {
  return data.presentations.map((presentation) => ({ params: { presentation: presentation.id } }));
}

export function presentationPage(data: ArchiveData, ctx: RouteContext, id: string): PresentationPage {
  const presentation = data.presentationById.get(id)!;
  return {
    presentation,
    speakers: speakerLinks(presentation.speakers, ctx),
    when: [presentation.event.month, presentation.event.year].filter(Boolean).join(' '),
    numbered: presentation.slides.filter((slide) => slide.number !== null).length,
    footers: presentation.footers,
  };
}
