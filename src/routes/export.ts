/**
 * The open-data export: `data/*.json` built from the same records as the pages, each with a
 * JSON Schema generated from the zod schema that validates it. Records carry ids; the export
 * adds its documented `url` fields (addresses under the configured base) here.
 */
import { z } from 'zod';
import { SessionSchema, SpeakerSchema, SummitSchema, TrackSchema } from '../schemas/records.ts';
import type { Session, Speaker, Summit } from '../schemas/records.ts';
import type { ArchiveData } from './archive-data.ts';
import type { RouteContext } from './context.ts';

const Url = z.string().startsWith('/');

/** A shape with `url` (and other fields) inserted right after `after`, so the export keeps its field order. */
function insertAfter<Shape extends z.ZodRawShape, Extra extends z.ZodRawShape>(shape: Shape, after: keyof Shape, extra: Extra): Shape & Extra {
  const entries = Object.entries(shape);
  const index = entries.findIndex(([key]) => key === after);
  return Object.fromEntries([...entries.slice(0, index + 1), ...Object.entries(extra), ...entries.slice(index + 1)]) as Shape & Extra;
}

const MentionExport = z.object({ article: z.string().min(1), title: z.string().min(1), url: Url });

export const SessionExportSchema = z.object({
  ...insertAfter(SessionSchema.shape, 'excerpt', { url: Url }),
  mentionedIn: z.array(MentionExport),
});
export const SpeakerExportSchema = z.object({ ...insertAfter(SpeakerSchema.shape, 'sessions', { url: Url }), mentionedIn: z.array(MentionExport) });
export const SummitExportSchema = z.object({
  ...insertAfter(SummitSchema.shape, 'tracks', { url: Url }),
  tracks: z.array(z.object(insertAfter(TrackSchema.shape, 'sessions', { url: Url }))),
});

/** An object with `value` inserted after key `after`, keeping the other keys' order. */
function withAfter<T extends object>(record: T, after: keyof T, extra: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(record);
  const index = entries.findIndex(([key]) => key === after);
  return Object.fromEntries([...entries.slice(0, index + 1), ...Object.entries(extra), ...entries.slice(index + 1)]);
}

function sessionExport(session: Session, ctx: RouteContext): Record<string, unknown> {
  const out = withAfter(session, 'excerpt', { url: ctx.urls.session(session.id) });
  out.mentionedIn = session.mentionedIn.map((mention) => ({ ...mention, url: ctx.urls.article(mention.article) }));
  return out;
}

function speakerExport(speaker: Speaker, ctx: RouteContext): Record<string, unknown> {
  const out = withAfter(speaker, 'sessions', { url: ctx.urls.speaker(speaker.id) });
  out.mentionedIn = speaker.mentionedIn.map((mention) => ({ ...mention, url: ctx.urls.article(mention.article) }));
  return out;
}

function summitExport(summit: Summit, ctx: RouteContext): Record<string, unknown> {
  return withAfter(
    { ...summit, tracks: summit.tracks.map((track) => withAfter(track, 'sessions', { url: ctx.urls.track(summit.id, track.id) })) },
    'tracks',
    { url: ctx.urls.summit(summit.id) },
  );
}

export const EXPORTS = {
  sessions: { schema: z.array(SessionExportSchema), build: (data: ArchiveData, ctx: RouteContext) => data.sessions.map((session) => sessionExport(session, ctx)) },
  speakers: { schema: z.array(SpeakerExportSchema), build: (data: ArchiveData, ctx: RouteContext) => data.speakers.map((speaker) => speakerExport(speaker, ctx)) },
  summits: { schema: z.array(SummitExportSchema), build: (data: ArchiveData, ctx: RouteContext) => data.summits.map((summit) => summitExport(summit, ctx)) },
} as const;

export type ExportName = keyof typeof EXPORTS;

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function jsonSchemaOf(name: ExportName, siteUrl: string, siteName: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(EXPORTS[name].schema, { target: 'draft-2020-12' }),
    $id: siteUrl,
    title: `${siteName} ${name}`,
  };
}
