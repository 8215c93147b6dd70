import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData, pageContext } from '../../routes/collections.ts';
import { EXPORTS, jsonResponse, type ExportName } from '../../routes/export.ts';

export const getStaticPaths = (() => Object.keys(EXPORTS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params.name as ExportName;
  const data = await archiveData();
  // Validate once more on the way out: the export is a contract with other tools.
  return jsonResponse(EXPORTS[name].schema.parse(EXPORTS[name].build(data, pageContext(data))));
};
