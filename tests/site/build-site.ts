/**
 * Vitest global setup for the site tests: one production build of the frozen seed archive
 * under /summit-archive/, in a folder of this run's own (workers inherit its path).
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSite } from '../support/build.ts';

export default function setup(): () => void {
  const out = fileURLToPath(new URL(`../.output/site-${process.pid}/`, import.meta.url));
  process.env.SUMMIT_ARCHIVE_SITE_OUT = out;
  rmSync(out, { recursive: true, force: true });
  const result = buildSite(out);
  if (result.status !== 0) throw new Error(`site build failed:\n${result.output.slice(-4000)}`);
  return () => rmSync(out, { recursive: true, force: true });
}
