import type { APIRoute, GetStaticPaths } from 'astro';
import { EXPORTS, jsonResponse, jsonSchemaOf, type ExportName } from '../../data/export.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site, url }) =>
  jsonResponse(jsonSchemaOf(params.name as ExportName, new URL(url.pathname, site ?? url).href));
