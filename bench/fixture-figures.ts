/**
 * How well a listing parser reads the fixture summits (tests/fixtures/listings/<case>/), scored
 * against each case's hand-written expected.yaml:
 *   - sessions fully right: found at the expected line with the same track, title, speakers
 *     (name, affiliation, role, suffix, handle) and description lines;
 *   - speakers right: each expected speaker, at its place in the session at the expected line;
 *   - furniture lines: dropped (by a rule or the layout), reported (a problem at that line, and
 *     left out), or leaked (inside a session, or gone without a word).
 *
 * Any version of the parser can be scored, so a change can be compared with what came before:
 *
 *   node bench/fixture-figures.ts                       this checkout's parser
 *   node bench/fixture-figures.ts --no-rules            the same, without summit.yaml's furniture
 *                                                       rules (a new summit before its first check)
 *   git worktree add /tmp/before 40978da
 *   node bench/fixture-figures.ts --parser /tmp/before/src/parse/listing/parse-listing.ts
 *
 * An older parser takes only the track headings; the style and furniture rules of summit.yaml
 * are given to every parser and ignored by those that do not know them.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listingCaseNames, readListingCase, type ExpectedSpeaker as Speaker } from '../tests/support/listing-cases.ts';

const ROOT = new URL('..', import.meta.url).pathname;

/** What any version of the parser returns (fields an older one lacks are optional). */
interface AnyResult {
  sessions: Array<{ track: string; title: string | null; speakers: Speaker[]; descriptionText: string; lines: { start: number; end: number } }>;
  dropped: Array<{ line: number; text: string }>;
  problems: Array<{ line: number }>;
}
type Parser = (text: string, options: Record<string, unknown>) => AnyResult;

export interface Figures {
  name: string;
  sessions: { right: number; total: number };
  speakers: { right: number; total: number };
  furniture: { leaked: number; reported: number; dropped: number; total: number };
}

const sameSpeaker = (a: Speaker | undefined, b: Speaker): boolean =>
  a !== undefined && a.name === b.name && a.affiliation === b.affiliation && a.role === b.role && (a.suffix ?? undefined) === b.suffix && (a.handle ?? undefined) === b.handle;

export function score(name: string, parseListing: Parser, options: { rules?: boolean } = {}): Figures {
  const { meta, expected, text, furniture: rules } = readListingCase(name);
  const result = parseListing(text, {
    trackHeadings: meta.tracks.map((track) => track.heading),
    ...(meta.style ? { style: meta.style } : {}),
    furniture: options.rules === false ? [] : rules,
  });
  const byLine = new Map(result.sessions.map((session) => [session.lines.start, session]));

  let sessionsRight = 0;
  let speakersRight = 0;
  let speakersTotal = 0;
  for (const want of expected.sessions) {
    const got = byLine.get(want.line);
    speakersTotal += want.speakers.length;
    const speakers = want.speakers.filter((speaker, index) => sameSpeaker(got?.speakers[index], speaker)).length;
    speakersRight += speakers;
    const description = got === undefined || got.descriptionText === '' ? [] : got.descriptionText.split('\n');
    if (
      got !== undefined &&
      got.track === want.track &&
      got.title === want.title &&
      got.speakers.length === want.speakers.length &&
      speakers === want.speakers.length &&
      JSON.stringify(description) === JSON.stringify(want.description)
    ) {
      sessionsRight += 1;
    }
  }

  const furniture = { leaked: 0, reported: 0, dropped: 0, total: expected.furniture.length };
  for (const line of expected.furniture) {
    const dropped = result.dropped.some((entry) => entry.line === line.line && (line.glued_to_line === undefined || entry.text.trim() === line.text));
    if (dropped) furniture.dropped += 1;
    else if (line.glued_to_line === undefined && result.problems.some((problem) => problem.line === line.line)) furniture.reported += 1;
    else furniture.leaked += 1;
  }
  return { name, sessions: { right: sessionsRight, total: expected.sessions.length }, speakers: { right: speakersRight, total: speakersTotal }, furniture };
}

export function table(figures: readonly Figures[]): string {
  const rows = figures.map(
    (entry) =>
      `| ${entry.name} | ${entry.sessions.right} / ${entry.sessions.total} | ${entry.speakers.right} / ${entry.speakers.total} | ${entry.furniture.leaked} / ${entry.furniture.reported} / ${entry.furniture.dropped} (of ${entry.furniture.total}) |`,
  );
  return ['| fixture | sessions fully right | speakers right | furniture leaked / reported / dropped |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--parser');
  const module = resolve(at === -1 ? join(ROOT, 'src/parse/listing/parse-listing.ts') : process.argv[at + 1]!);
  const { parseListing } = (await import(pathToFileURL(module).href)) as { parseListing: Parser };
  const names = listingCaseNames();
  const rules = !process.argv.includes('--no-rules');
  console.log(`parser: ${module}${rules ? '' : ' (no furniture rules)'}\n`);
  console.log(table(names.map((name) => score(name, parseListing, { rules }))));
}
