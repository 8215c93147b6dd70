/**
 * What holds for ANY valid content, checked on a built site: the tests the live content/
 * (and every contributor's pull request) must pass, without pinning a single fact about it.
 *
 * - every session record has exactly one page, and every session page is a record;
 * - session and speaker ids are unique;
 * - no page is made of furniture: no session is titled with a line the parser dropped as
 *   page furniture, and no hidden entry has a page;
 * - every internal link, asset and fragment resolves under the base;
 * - no page but the search page ships a script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../../src/archive.ts';
import { filesIn, fileFor, load, referencesOf, urlPathOf } from './dist.ts';

export function invariantViolations(outDir: string, base: string, archive: Archive): string[] {
  const problems: string[] = [];
  const sessions = JSON.parse(readFileSync(join(outDir, 'data/sessions.json'), 'utf8')) as Array<{ id: string; url: string; displayTitle: string }>;
  const speakers = JSON.parse(readFileSync(join(outDir, 'data/speakers.json'), 'utf8')) as Array<{ id: string; url: string }>;
  const pages = filesIn(outDir, '.html');

  const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of duplicates(sessions.map((session) => session.id))) problems.push(`session id used twice: ${id}`);
  for (const id of duplicates(speakers.map((speaker) => speaker.id))) problems.push(`speaker id used twice: ${id}`);
  if (sessions.length !== archive.sessions.length) problems.push(`data/sessions.json has ${sessions.length} sessions, the archive ${archive.sessions.length}`);

  const sessionPages = new Set(pages.filter((file) => file.startsWith(join(outDir, 'sessions/'))).map((file) => urlPathOf(outDir, file, base)));
  for (const session of sessions) {
    if (!sessionPages.has(session.url)) problems.push(`no page for session ${session.id}`);
    sessionPages.delete(session.url);
  }
  for (const orphan of sessionPages) problems.push(`session page without a record: ${orphan}`);
  for (const speaker of speakers) if (!fileFor(outDir, speaker.url, base)) problems.push(`no page for speaker ${speaker.id}`);

  const furniture = new Set([...archive.report.dropped.values()].flat().map((line) => line.text.trim().replace(/^•\s*/u, '')));
  for (const session of sessions) if (furniture.has(session.displayTitle.trim())) problems.push(`session ${session.id} is titled with page furniture: "${session.displayTitle}"`);
  for (const hidden of archive.report.hidden) if (sessions.some((session) => session.id === hidden)) problems.push(`hidden entry ${hidden} has a page`);

  for (const page of pages) {
    const $ = load(page);
    const pageUrl = new URL(urlPathOf(outDir, page, base), 'https://archive.invalid');
    if (!page.endsWith(join('search', 'index.html')) && $('script:not([type="application/ld+json"])').length > 0) problems.push(`${urlPathOf(outDir, page, base)} ships a script`);
    for (const reference of referencesOf(page, $)) {
      const target = new URL(reference.url, pageUrl);
      if (target.origin !== pageUrl.origin) continue;
      const file = fileFor(outDir, target.pathname, base);
      if (!file) {
        problems.push(`${urlPathOf(outDir, page, base)} ${reference.attribute} → ${reference.url} does not resolve`);
        continue;
      }
      if (target.hash && file.endsWith('.html')) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (load(file)(`[id="${id}"]`).length === 0) problems.push(`${urlPathOf(outDir, page, base)} → ${reference.url}: no #${id}`);
      }
    }
  }
  return problems;
}
