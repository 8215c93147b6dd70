import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData } from '../../routes/collections.ts';
import { EXPORTS, jsonResponse, jsonSchemaOf, type ExportName } from '../../routes/export.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const data = await archiveData();
  return jsonResponse(jsonSchemaOf(params.name as ExportName, new URL(url.pathname, site ?? url).href, data.site.name));
};
