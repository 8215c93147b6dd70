/**
 * Reading a built site the way a web server would: URL paths under the base map to
 * files in the output folder (`/base/x/` → `x/index.html`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

export function filesIn(dir: string, extension: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

/** The URL path a file is served at (`sessions/x/index.html` → `/base/sessions/x/`). */
export function urlPathOf(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file).split(sep).join('/');
  return base + path.replace(/(^|\/)index\.html$/u, '$1');
}

/** The file that serves a URL path under the base, or null (outside the base, or missing). */
export function fileFor(outDir: string, urlPath: string, base: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidate = join(outDir, rest);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (rest === '' || rest.endsWith('/')) {
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  return null;
}

export function load(file: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(file, 'utf8'));
}

export interface Reference {
  page: string;
  attribute: string;
  url: string;
}

/** Every URL a page refers to: links, assets, form actions, and `srcset` entries. */
export function referencesOf(file: string, $: cheerio.CheerioAPI): Reference[] {
  const references: Reference[] = [];
  $('[href], [src], form[action]').each((_, element) => {
    for (const attribute of ['href', 'src', 'action']) {
      const value = $(element).attr(attribute);
      if (value !== undefined) references.push({ page: file, attribute: `${element.tagName}[${attribute}]`, url: value });
    }
  });
  return references;
}
