import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS, jsonResponse, type ExportName } from '../../data/export.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as ExportName;
  // Validate once more on the way out: the export is a contract with other tools.
  return jsonResponse(EXPORTS[name].schema.parse(await EXPORTS[name].load()));
};
