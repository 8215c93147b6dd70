/** Vitest global setup for the site tests: one production build under /summit-archive/. */
import { rmSync } from 'node:fs';
import { buildSite } from '../support/build.ts';
import { SITE_OUT } from '../support/paths.ts';

export default function setup(): void {
  rmSync(SITE_OUT, { recursive: true, force: true });
  const result = buildSite(SITE_OUT);
  if (result.status !== 0) throw new Error(`site build failed:\n${result.output.slice(-4000)}`);
}
