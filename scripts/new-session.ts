/**
 * `npm run new:session`: create content/sessions/<slug>.mdx, a valid file for a session
 * the listings lack, ready to fill in. It asks for what is missing when run in a
 * terminal (or with --interactive), and takes flags otherwise:
 *
 *   npm run new:session -- --summit kafka-summit-2020 --track breakouts \
 *     --title "My Talk" --speaker "Jane Doe, Acme" --speaker "John Roe" \
 *     [--video https://…] [--slides https://…] [--provenance "…"] [--slug my-talk]
 *
 * A speaker is "Name" or "Name, Affiliation". The new file is validated with the same
 * code as the build before the command reports success.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadArchive } from '../src/archive.ts';
import { isValidId, MAX_ID_LENGTH, readContent } from '../src/read/read-content.ts';
import { SCAFFOLD_BODY, SCAFFOLD_PROVENANCE } from '../src/read/scaffold.ts';
import { slug as slugify, trackId as trackIdOf } from '../src/text/slug.ts';
import { formatMessages } from '../src/messages/format.ts';

const { values } = parseArgs({
  options: {
    summit: { type: 'string' },
    track: { type: 'string' },
    title: { type: 'string' },
    speaker: { type: 'string', multiple: true },
    video: { type: 'string' },
    slides: { type: 'string' },
    provenance: { type: 'string' },
    slug: { type: 'string' },
    interactive: { type: 'boolean', default: false },
  },
});

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const snapshot = await readContent({ root, contentDir });
const summits = snapshot.summits.map((input) => ({ id: input.id, name: input.meta.data.name, tracks: input.meta.data.tracks.map((track) => ({ id: trackIdOf(track.name), name: track.name })) }));
const interactive = values.interactive || process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, terminal: process.stdin.isTTY === true }) : null;
// Answers are read as a stream of lines, so piped answers (tests, scripts) work like typed ones.
const answers = prompt?.[Symbol.asyncIterator]();

function fail(message: string): never {
  console.error(`✗ ${message}`);
  prompt?.close();
  process.exit(1);
}

async function ask(question: string, fallback?: string): Promise<string> {
  if (!answers) return fallback ?? '';
  process.stdout.write(`${question}${fallback ? ` [${fallback}]` : ''}: `);
  const next = await answers.next();
  const answer = next.done ? '' : String(next.value).trim();
  if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
  return answer || fallback || '';
}

let summitId = values.summit;
if (!summitId && prompt) {
  console.log(`Summits: ${summits.map((summit) => summit.id).join(', ')}`);
  summitId = await ask('Summit');
}
const summit = summits.find((candidate) => candidate.id === summitId);
if (!summit) fail(summitId ? `Unknown summit "${summitId}"; expected one of ${summits.map((candidate) => candidate.id).join(', ')}.` : 'Missing --summit (one of ' + summits.map((candidate) => candidate.id).join(', ') + ').');

let trackId = values.track;
if (!trackId && prompt) {
  console.log(`Tracks of ${summit.name}: ${summit.tracks.map((track) => track.id).join(', ')}`);
  trackId = await ask('Track', summit.tracks[0]?.id);
}
if (!trackId) fail(`Missing --track (one of ${summit.tracks.map((track) => track.id).join(', ')}).`);
if (!summit.tracks.some((track) => track.id === trackId)) fail(`Unknown track "${trackId}"; expected one of ${summit.tracks.map((track) => track.id).join(', ')}.`);

const title = values.title ?? (await ask('Title'));
if (!title) fail('Missing --title.');

let speakerArgs = values.speaker ?? [];
if (speakerArgs.length === 0 && prompt) {
  const answer = await ask('Speakers ("Name, Affiliation"; several separated by ";")');
  speakerArgs = answer.split(';').map((entry) => entry.trim()).filter(Boolean);
}
const speakers = speakerArgs.map((entry) => {
  const [name, ...rest] = entry.split(',');
  const affiliation = rest.join(',').trim();
  return affiliation ? { name: name!.trim(), affiliation } : { name: name!.trim() };
});

const provenance = values.provenance ?? (await ask('Where do these facts come from (recording, schedule page…)', SCAFFOLD_PROVENANCE));
const slug = values.slug ?? slugify(title);
if (!slug) fail('The title gives no usable file name; pass --slug my-talk-title.');
// The slug becomes a file name and part of the page address: the id rule keeps it inside content/sessions/.
if (!isValidId(slug)) fail(`"${slug}" is not a valid slug: use lower-case letters and digits joined by single hyphens, at most ${MAX_ID_LENGTH} characters (such as my-talk-title).`);
prompt?.close();

const folder = join(contentDir, 'sessions');
const file = join(folder, `${slug}.mdx`);
if (existsSync(file)) fail(`${relative(root, file)} already exists; pick another --slug.`);

const links = { ...(values.video ? { video: values.video } : {}), ...(values.slides ? { slides: values.slides } : {}) };
const frontmatter = {
  summit: summit.id,
  track: trackId,
  title,
  speakers,
  ...(Object.keys(links).length > 0 ? { links } : {}),
  provenance: provenance || SCAFFOLD_PROVENANCE,
};
// Placeholder lines `npm run check` refuses until they are replaced (src/read/scaffold.ts).
const body = `${SCAFFOLD_BODY.join('\n\n')}\n`;
mkdirSync(folder, { recursive: true });
writeFileSync(file, `---\n${stringify(frontmatter)}---\n\n${body}`);

const { messages } = await loadArchive({ root, contentDir, base: process.env.SITE_BASE ?? '/summit-archive/' });
// The scaffold's placeholders are expected here; any other problem means the values were wrong.
const own = messages.filter((message) => !message.isWarning && message.ruleId !== 'content/scaffold-left' && resolve(root, message.file ?? '') === file);
if (own.length > 0) {
  console.error(formatMessages(own));
  rmSync(file);
  fail(`No file written: ${relative(root, file)} would not validate; fix the values above.`);
}
console.log(`✓ created ${relative(root, file)} (session id ${summit.id}/${slug}). Replace its TODO lines, then run npm run check.`);
