/**
 * Listings of summits the parser was not written for (tests/fixtures/listings/<case>/): each
 * folder holds a scraped-style `listing.txt`, its `summit.yaml` (with the furniture rules a
 * maintainer adds after one `npm run check`) and `expected.yaml`, ground truth written by
 * reading the listing, not by running the parser (tests/fixtures/listings/README.md).
 * Adding a case is adding a folder.
 *
 * For each case: every session comes back with its line, track, title, speakers (name,
 * affiliation, role, suffix, handle) and description lines; every furniture line is dropped by a
 * rule or reported by a problem, and none ends up in a session; no layout problem points at a
 * line that is not furniture; every rule of summit.yaml matches something.
 */
import { describe, expect, it } from 'vitest';
import { parseListing, type ListingParseResult, type ListingSession } from '../../src/parse/listing/parse-listing.ts';
import { listingCaseNames, readListingCase, type ExpectedSpeaker, type ListingCase } from '../support/listing-cases.ts';

interface Case extends ListingCase {
  result: ListingParseResult;
}

function load(name: string): Case {
  const fixture = readListingCase(name);
  const result = parseListing(fixture.text, {
    trackHeadings: fixture.meta.tracks.map((track) => track.heading),
    ...(fixture.meta.style ? { style: fixture.meta.style } : {}),
    furniture: fixture.furniture,
  });
  return { ...fixture, result };
}

const names = listingCaseNames();

function speakerRecord(speaker: ListingSession['speakers'][number]): ExpectedSpeaker {
  const record: ExpectedSpeaker = { name: speaker.name, affiliation: speaker.affiliation, role: speaker.role };
  if (speaker.suffix !== undefined) record.suffix = speaker.suffix;
  if (speaker.handle !== undefined) record.handle = speaker.handle;
  return record;
}

it('has at least the two fixture summits, one per listing style', () => {
  expect(names.length).toBeGreaterThanOrEqual(2);
  const styles = new Set(names.map((name) => load(name).meta.style ?? 'bulleted'));
  expect(styles).toEqual(new Set(['bulleted', 'titled']));
});

describe.each(names)('%s', (name) => {
  const fixture = load(name);
  const { expected, result } = fixture;

  it('reads the style summit.yaml declares, and the same style with no declaration', () => {
    expect(result.style).toBe(fixture.meta.style ?? 'bulleted');
    const { style: _style, ...undeclared } = fixture.meta;
    const detected = parseListing(fixture.text, { trackHeadings: undeclared.tracks.map((track) => track.heading), furniture: undeclared.furniture ?? [] });
    expect(detected.style).toBe(result.style);
  });

  it('finds every session with its line, track, title, speakers and description', () => {
    const actual = result.sessions.map((session) => ({
      line: session.lines.start,
      track: session.track,
      title: session.title,
      speakers: session.speakers.map(speakerRecord),
      description: session.descriptionText === '' ? [] : session.descriptionText.split('\n'),
    }));
    expect(actual).toEqual(expected.sessions);
  });

  it('drops or reports every furniture line, and lets none into a session', () => {
    const inSession = new Map<number, ListingSession>();
    for (const session of result.sessions) {
      inSession.set(session.lines.start, session);
      for (const line of session.speakerSourceLines) inSession.set(line, session);
      for (const entry of session.descriptionLines) if (entry.text.trim() !== '') inSession.set(entry.line, session);
    }
    const missed: string[] = [];
    for (const furniture of expected.furniture) {
      const dropped = result.dropped.some((entry) => entry.line === furniture.line && (furniture.glued_to_line === undefined || entry.text === furniture.text));
      const reported = result.problems.some((problem) => problem.line === furniture.line);
      if (!dropped && !reported) missed.push(`line ${furniture.line} ${JSON.stringify(furniture.text)}: neither dropped nor reported`);
      const session = inSession.get(furniture.line);
      if (furniture.glued_to_line !== undefined) {
        const kept = session?.descriptionLines.find((entry) => entry.line === furniture.line)?.text ?? '';
        if (kept.includes(furniture.text)) missed.push(`line ${furniture.line}: the fragment ${JSON.stringify(furniture.text)} stayed in the description`);
      } else if (session) missed.push(`line ${furniture.line} ${JSON.stringify(furniture.text)}: inside the session at line ${session.lines.start}`);
    }
    expect(missed).toEqual([]);
  });

  it('reports layout problems only at furniture lines, each with found, expected and a fix', () => {
    const furnitureLines = new Set(expected.furniture.map((entry) => entry.line));
    const lineCount = fixture.text.split('\n').length;
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lineCount);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.found, problem.message).toBeTruthy();
      expect(problem.expected, problem.message).toBeTruthy();
      expect(problem.hint, problem.message).toBeTruthy();
      // Speaker-line guesses are warnings about real speaker lines; every other problem is about page text.
      if (!problem.rule.startsWith('speaker-line/')) expect(furnitureLines.has(problem.line), `${problem.rule} at line ${problem.line}: ${problem.message}`).toBe(true);
    }
  });

  it('uses every furniture rule of its summit.yaml', () => {
    expect(result.ruleHits.every((hits) => hits > 0), JSON.stringify(result.ruleHits)).toBe(true);
  });
});
