/**
 * The open-data export: `data/*.json` built from the same collections as the pages,
 * each with a JSON Schema generated from the zod schema that validated it.
 */
import { z } from 'zod';
import { SessionSchema, SpeakerSchema, SummitSchema } from '../schemas/records.ts';
import { sessions, speakers, summits } from './archive.ts';

export const EXPORTS = {
  sessions: { schema: z.array(SessionSchema), load: async () => (await sessions()).map((entry) => entry.data) },
  speakers: { schema: z.array(SpeakerSchema), load: async () => (await speakers()).map((entry) => entry.data) },
  summits: { schema: z.array(SummitSchema), load: async () => (await summits()).map((entry) => entry.data) },
} as const;

export type ExportName = keyof typeof EXPORTS;

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function jsonSchemaOf(name: ExportName, siteUrl: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(EXPORTS[name].schema, { target: 'draft-2020-12' }),
    $id: siteUrl,
    title: `Summit Archive ${name}`,
  };
}
