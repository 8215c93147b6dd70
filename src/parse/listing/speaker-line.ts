/**
 * Speaker lines: the line under a session title that names who gives the talk.
 *
 * Shapes read here (each has a unit test in speaker-line.test.ts):
 *   `Ravi Vankamamidi, Expedia & Chirag Dadia, Nuuly`         (name, company) pairs joined by `&` / `and`
 *   `Danica Fine & Ajay Vyasapeetam, Bloomberg`               one company shared by several people
 *   `Kim Min-jun, Park Seo-yeon & Cho Jae-won, Coupang`       a comma list of names sharing one company
 *   `Alice Smith, Bob Jones, and Carol White, Acme`           the same with an Oxford comma
 *   `Jakub Korab, Solutions Architect, Confluent`             a job title before the company
 *   `Neil Buesing, Object Partners, Inc` / `Smith, Jones & Co.`   a company containing `,` or `&`
 *   `Bryan Zelle, Centene; Neil Buesing, …`                   `;` between groups
 *   `Lucas Oliveira | Nubank`, `Name - Co`, `Name — Co`, `Name – Co`, `Name @ Co`, `Name (Co)`
 *                                                             other separators between a name and its company
 *   `Priya K. Raman, PhD, …`, `Robert T. Lang Jr., …`, `Dr. Hannah Weiss, …`   suffixes and prefixes
 *   `Wei Zhang (@weizhang_dev), Ant Group`, `Wei Zhang @weizhang_dev, …`       handles
 *   `山田 太郎, 株式会社データストリーム`, `محمد علي، أرامكو`                         scripts without letter case
 *   `Arshal Ameen & Dhruval Shah Rakuten Card Co.`             a missing comma before a corporate suffix
 *
 * The grammar is positional. The line is cut into pieces at `;`, `,`, ` & `, ` and ` and the
 * name-company separators (` | `, ` - `, ` – `, ` — `, `—`, ` @ `), never inside balanced
 * brackets. A group is one or more names joined by `&`/`and` (or a comma list closed by
 * `&`/`and` or by a name carrying its own company), then its affiliation: after `,` or a
 * name-company separator, or in brackets after the name. Once an affiliation has started, a
 * later piece opens a new group only if it reads as a person's name; otherwise it continues
 * the affiliation. A job title first in the affiliation becomes `role`; the piece after it is
 * the company whatever it looks like. "Reads as a person's name" is decided by the small,
 * explicit word lists below (2–5 capitalised words or initials, lower-case particles inside,
 * no organisation or job-title word, no acronym), never by a dictionary of people. Words in
 * scripts without letter case (Han, Kana, Hangul, Arabic, …) can neither pass nor fail that
 * test, so for them position decides: the first piece, a piece after `;`, the piece after
 * `Name,` (its company) and a piece after `&`/`and` that follows a complete `Name, Company`
 * pair (a new person).
 *
 * Every decision that rests on a guess is reported as an `Uncertainty` (see UNCERTAINTY_RULES);
 * a clear line yields none. `readSpeakerLine` returns both; `parseSpeakerLine` only the speakers.
 * The listing parser turns each uncertainty into a warning at the speaker line, saying which
 * reading was chosen and which correction would change it.
 *
 * Cost is linear in the length of the line: whitespace is collapsed once, then the line and
 * each piece are scanned character by character; the only regular expressions run on single
 * words or are single-quantifier scans, so nothing backtracks over the whole line.
 */

/** A speaker as the listing writes them, before identity (src/link/identity.ts). */
export interface RawSpeaker {
  /** The person's name only: no suffix, handle, role or company. */
  name: string;
  affiliation: string | null;
  /** Job title when given ("Solutions Architect"). */
  role: string | null;
  /** Academic/professional suffix or prefix as written: "PhD", "MBA", "Jr.", "Dr." (several are joined by ", "). */
  suffix?: string;
  /** "@weizhang_dev" (the `@` is kept). */
  handle?: string;
}

export interface Uncertainty {
  /** Stable rule id, e.g. 'speaker-line/company-like-name', 'speaker-line/separator-in-name', 'speaker-line/ambiguous-group'. */
  rule: string;
  /** One sentence: what was unclear and which reading was chosen. */
  message: string;
  /** The part of the line concerned. */
  text: string;
}

export interface SpeakerLineReading {
  speakers: RawSpeaker[];
  uncertain: Uncertainty[];
}

/** The rule ids an `Uncertainty` can carry, with what each one means. */
export const UNCERTAINTY_RULES = {
  'speaker-line/company-like-name': 'A piece taken as a name by its position contains an organisation word.',
  'speaker-line/separator-in-name': 'A name still contains `|`, `@`, `(` or `)` after parsing (an unspaced or unbalanced separator).',
  'speaker-line/unlike-name': 'A piece taken as a name by its position does not read as one (lower-case word, digit, job title, one word, more than five words, acronym).',
  'speaker-line/ambiguous-group': 'A piece could be a person or part of a company; the message names the reading chosen.',
  'speaker-line/no-separator': 'The line has no separator at all and more than five words.',
  'speaker-line/missing-comma': 'A name ran into a company with a corporate suffix; it was split after the first two words.',
  'speaker-line/role-or-company': 'The only affiliation piece contains a job-title word; it was kept as the affiliation.',
  'speaker-line/too-long': 'A line in the speaker line\'s place is longer than any speaker line (over 2,000 characters); no speakers were read from it.',
  'speaker-line/no-name': 'A piece in a name\'s place has no name in it (only a handle or a bracket); it was kept, as written, as the name.',
} as const;

export type UncertaintyRule = keyof typeof UNCERTAINTY_RULES;

// ---------------------------------------------------------------------------------------------
// Word lists. Small and explicit on purpose: each entry is a generic word, never a company name.
// ---------------------------------------------------------------------------------------------

/**
 * Words (compared in lower case) that never occur in a person's name but often in an
 * organisation's: legal forms (`Inc`, `GmbH`, `AS`, `S.p.A.`) and generic organisation nouns.
 * Compared with the current module's list: `chase` and `card` are gone (they were there only for
 * two seed companies, no reading needs them, and both are also personal names); legal forms of
 * more countries and a few generic nouns were added.
 */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  // legal forms
  'inc', 'inc.', 'co', 'co.', 'corp', 'corp.', 'corporation', 'company', 'gmbh', 'kg', 'ltd', 'ltd.', 'llc', 'llp',
  'l.p', 'l.p.', 'plc', 'ag', 'sa', 's.a.', 'bv', 'b.v.', 'nv', 'n.v.', 'as', 'asa', 'ab', 'oy', 'oyj', 'spa', 's.p.a.',
  'srl', 's.r.l.', 'sas', 'sarl', 'pty', 'e.v.', 'kk',
  // generic organisation nouns
  'labs', 'lab', 'laboratory', 'group', 'holdings', 'services', 'systems', 'solutions', 'technologies', 'technology',
  'software', 'data', 'cloud', 'health', 'media', 'web', 'networks', 'platform', 'microservices', 'partners', 'consulting', 'ventures',
  'capital', 'bank', 'university', 'college', 'school', 'institute', 'international', 'research', 'society',
  'association', 'foundation', 'agency', 'department', 'ministry', 'government', 'council', 'pharmaceutical',
  'pharmaceuticals',
  // the same few in Cyrillic (a cased script)
  'банк', 'группа', 'университет', 'институт',
]);

/**
 * Organisation markers for scripts without spaces or letter case, matched as substrings of a
 * word: company (会社, 公司, 회사, شركة), group (グループ, 集团, 그룹), bank, university, institute.
 */
export const ORGANISATION_MARKERS: readonly string[] = [
  '会社', '公司', '集团', '集團', 'グループ', '银行', '銀行', '大学', '大學', '研究所',
  '회사', '그룹', '은행', '대학', '연구소',
  'شركة', 'بنك', 'جامعة', 'مؤسسة',
];

/** Words (lower case) that mark a job title (`Solutions Architect`, `Head of Data Products`). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'architect', 'engineer', 'developer', 'designer', 'director', 'manager', 'ceo', 'cto', 'cio', 'coo', 'founder',
  'co-founder', 'lead', 'head', 'vp', 'president', 'advocate', 'consultant', 'evangelist', 'scientist', 'principal',
  'officer', 'analyst', 'specialist', 'researcher', 'chief', 'owner', 'fellow', 'professor', 'lecturer',
]);

/** Lower-case particles allowed inside a name, never first or last (`Ludwig van der Berg`, `Ali bin Ahmed`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'de', 'der', 'den', 'des', 'da', 'das', 'di', 'do', 'dos', 'du', 'del', 'della', 'le', 'la', 'ter', 'ten',
  'te', 'zu', 'y', 'e', 'bin', 'bint', 'ibn', 'al', 'el', 'ní', 'nic', 'mac',
]);

/** Prefixes written before a name, as written (`Dr. Hannah Weiss`). */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['Dr.', 'Dr', 'Dra.', 'Prof.', 'Prof']);

/** Suffixes written after a name, as written (`Priya K. Raman, PhD`, `Robert T. Lang Jr.`). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'PhD', 'Ph.D.', 'Ph.D', 'DPhil', 'MBA', 'MD', 'M.D.', 'MSc', 'M.Sc.', 'Esq.', 'Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV',
]);

/** Corporate suffixes that end a company name; used to repair a missing comma. */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'Inc', 'Inc.', 'Co.', 'Corp', 'Corp.', 'GmbH', 'KG', 'Ltd', 'Ltd.', 'LLC', 'L.P', 'L.P.', 'PLC',
]);

// ---------------------------------------------------------------------------------------------
// Pieces
// ---------------------------------------------------------------------------------------------

/** `company`: ` | `, ` - `, ` – `, ` — `, `—` or ` @ `, written between a name and its company. */
type ListSeparator = 'start' | ',' | ';' | '&' | 'and' | 'company';

interface Piece {
  text: string;
  /** The separator before this piece. */
  separator: ListSeparator;
  /** That separator as written, normalised to single spaces (for rebuilding affiliations). */
  separatorText: string;
  /** The separator was `, and` / `, &` (an Oxford comma closing a list). */
  oxford: boolean;
}

const isOpen = (c: string | undefined): boolean => c === '(' || c === '（';
const isClose = (c: string | undefined): boolean => c === ')' || c === '）';

/** Top-level balanced bracket groups of `text` as [open, close] index pairs, in order. Unbalanced brackets are ignored. */
function bracketGroups(text: string): Array<[number, number]> {
  const stack: number[] = [];
  const pairs: Array<[number, number]> = [];
  for (let index = 0; index < text.length; index += 1) {
    const c = text[index];
    if (isOpen(c)) stack.push(index);
    else if (isClose(c) && stack.length > 0) pairs.push([stack.pop()!, index]);
  }
  // Pairs come out in closing order; an outer pair closes after the pairs it contains.
  pairs.sort((a, b) => a[0] - b[0]);
  const top: Array<[number, number]> = [];
  for (const pair of pairs) if (top.length === 0 || pair[0] > top[top.length - 1]![1]) top.push(pair);
  return top;
}

/** Whether each position lies inside a balanced bracket group. */
function insideBrackets(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  for (const [open, close] of bracketGroups(text)) inside.fill(1, open, close + 1);
  return inside;
}

const COMMAS = new Set([',', '，', '、', '،']);
const SEMICOLONS = new Set([';', '；']);

/**
 * Split a (whitespace-collapsed) line outside brackets on `;`, `,`, ` & `, ` and ` and the
 * name-company separators ` | `, ` - `, ` – `, ` — `, `—`, ` @ ` (a hyphen or en dash only with
 * spaces around it, so `Min-jun` and `13–14` stay whole), remembering each separator as written.
 */
function splitPieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  const inside = insideBrackets(line);
  let start = 0;
  let previous: Omit<Piece, 'text'> = { separator: 'start', separatorText: '', oxford: false };
  const cut = (end: number, next: Omit<Piece, 'text'>, resume: number): void => {
    const text = line.slice(start, end).trim();
    if (text) pieces.push({ text, ...previous });
    previous = next;
    start = resume;
  };
  for (let index = 0; index < line.length; index += 1) {
    if (inside[index]) continue;
    const c = line[index]!;
    if (COMMAS.has(c)) {
      let resume = index + 1;
      if (line[resume] === ' ') resume += 1;
      if (line.startsWith('and ', resume)) {
        cut(index, { separator: 'and', separatorText: `${c} and `, oxford: true }, resume + 4);
      } else if (line.startsWith('& ', resume)) {
        cut(index, { separator: '&', separatorText: `${c} & `, oxford: true }, resume + 2);
      } else {
        cut(index, { separator: ',', separatorText: c === ',' || c === '،' ? `${c} ` : c, oxford: false }, resume);
      }
      index = start - 1;
    } else if (SEMICOLONS.has(c)) {
      cut(index, { separator: ';', separatorText: c === ';' ? '; ' : c, oxford: false }, line[index + 1] === ' ' ? index + 2 : index + 1);
      index = start - 1;
    } else if (c === '＆') {
      cut(index, { separator: '&', separatorText: '＆', oxford: false }, line[index + 1] === ' ' ? index + 2 : index + 1);
      index = start - 1;
    } else if (c === ' ' && line[index + 1] === '&' && line[index + 2] === ' ') {
      cut(index, { separator: '&', separatorText: ' & ', oxford: false }, index + 3);
      index = start - 1;
    } else if (c === ' ' && line.startsWith('and ', index + 1)) {
      cut(index, { separator: 'and', separatorText: ' and ', oxford: false }, index + 5);
      index = start - 1;
    } else if (c === ' ' && line[index + 2] === ' ' && '|-–—@'.includes(line[index + 1]!)) {
      cut(index, { separator: 'company', separatorText: line.slice(index, index + 3), oxford: false }, index + 3);
      index = start - 1;
    } else if (c === '—') {
      cut(index, { separator: 'company', separatorText: '—', oxford: false }, index + 1);
      index = start - 1;
    }
  }
  cut(line.length, previous, line.length);
  return pieces;
}

// ---------------------------------------------------------------------------------------------
// Words and names
// ---------------------------------------------------------------------------------------------

function words(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

const CASED_LETTER = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
/** A capitalised word or an initial (`J.`); apostrophes and hyphens allowed (O'Brien, Jean-Luc, Min-jun). */
const CAPITALISED = /^[\p{Lu}\p{Lt}][\p{L}\p{M}'’.\-‐]*$/u;
/** Characters a name never contains. */
const NOT_IN_NAME = /[\p{Nd}/\\@|()（）<>{}[\]#*+=_"“”:!?]/u;

function isCaseless(word: string): boolean {
  return LETTER.test(word) && !CASED_LETTER.test(word);
}

/** Three or more letters, none lower case (`IBM`, `BBVA`): an acronym, not a name. */
function isAcronym(word: string): boolean {
  if (LOWER.test(word)) return false;
  let letters = 0;
  for (const c of word) if (CASED_LETTER.test(c) && ++letters >= 3) return true;
  return false;
}

function organisationMarker(word: string): string | null {
  for (const marker of ORGANISATION_MARKERS) if (word.includes(marker)) return marker;
  return null;
}

type NameKind = 'person' | 'unknown' | 'no';

interface NameProblem {
  rule: 'speaker-line/company-like-name' | 'speaker-line/separator-in-name' | 'speaker-line/unlike-name';
  /** Completes "… was read as a person's name by its position, but it …". */
  detail: string;
  /** The problem is only the number of words (superseded by `no-separator` on a one-piece line). */
  lengthOnly?: boolean;
}

interface Classification {
  kind: NameKind;
  problem: NameProblem | null;
}

/**
 * Whether a run of words reads as a person's name: 'person' (2–5 capitalised words or initials,
 * lower-case particles inside, no organisation or job-title word), 'unknown' (only words of a
 * script without letter case, which the capitalisation test cannot judge) or 'no'.
 */
function classify(parts: readonly string[]): Classification {
  if (parts.length === 0) return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: 'is empty' } };
  let cased = 0;
  for (let index = 0; index < parts.length; index += 1) {
    const word = parts[index]!;
    if (/[|@()（）]/u.test(word)) {
      return { kind: 'no', problem: { rule: 'speaker-line/separator-in-name', detail: `still contains a separator (“${word}”)` } };
    }
    const lower = word.toLowerCase();
    if (ORGANISATION_WORDS.has(lower)) {
      return { kind: 'no', problem: { rule: 'speaker-line/company-like-name', detail: `contains the organisation word “${word}”` } };
    }
    if (ROLE_WORDS.has(lower)) {
      return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: `contains the job-title word “${word}”` } };
    }
    if (NOT_IN_NAME.test(word) || !LETTER.test(word)) {
      return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: `contains “${word}”, which no name has` } };
    }
    if (isCaseless(word)) {
      const marker = organisationMarker(word);
      if (marker) return { kind: 'no', problem: { rule: 'speaker-line/company-like-name', detail: `contains the organisation marker “${marker}”` } };
      continue;
    }
    cased += 1;
    if (index > 0 && index < parts.length - 1 && NAME_PARTICLES.has(word)) continue;
    // `Fatima al-Zahra`: a particle joined by a hyphen to a capitalised word.
    const hyphen = word.indexOf('-');
    if (index > 0 && hyphen > 0 && NAME_PARTICLES.has(word.slice(0, hyphen)) && CAPITALISED.test(word.slice(hyphen + 1))) continue;
    if (isAcronym(word)) return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: `contains the acronym “${word}”` } };
    if (!CAPITALISED.test(word)) return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: `contains the lower-case word “${word}”` } };
  }
  if (parts.length > 5) {
    return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: `has ${parts.length} words`, lengthOnly: true } };
  }
  if (cased === 0) return { kind: 'unknown', problem: null };
  if (parts.length < 2) return { kind: 'no', problem: { rule: 'speaker-line/unlike-name', detail: 'is a single word' } };
  return { kind: 'person', problem: null };
}

/** Whether a piece of a speaker line reads as a person's name (capitalised words, no organisation or role word). */
export function looksLikePersonName(text: string): boolean {
  return classify(words(text.replace(/\s+/gu, ' '))).kind === 'person';
}

/** Whether an affiliation piece is a job title rather than an organisation. */
export function looksLikeRole(text: string): boolean {
  return words(text).some((word) => ROLE_WORDS.has(word.toLowerCase()));
}

/** Evidence that an affiliation names an organisation: an organisation word, corporate suffix, marker or acronym. */
function hasOrganisationEvidence(text: string): boolean {
  return words(text).some(
    (word) => ORGANISATION_WORDS.has(word.toLowerCase()) || CORPORATE_SUFFIXES.has(word) || isAcronym(word) || (isCaseless(word) && organisationMarker(word) !== null),
  );
}

/** `@handle`: `@` then at least one character, no second `@`. */
function asHandle(text: string): string | null {
  return text.length > 1 && text.startsWith('@') && text.indexOf('@', 1) === -1 && !text.includes(' ') ? text : null;
}

/** A piece that is only a handle: `@x` or `(@x)`. */
function handlePiece(text: string): string | null {
  if (isOpen(text[0]) && isClose(text[text.length - 1])) return asHandle(text.slice(1, -1).trim());
  return asHandle(text);
}

/** Remove handles (`(@x)` groups and `@x` words) from a piece of text; everything else stays where it is. */
function takeHandles(text: string): { text: string; handles: string[] } {
  const handles: string[] = [];
  let outside = '';
  let last = 0;
  for (const [open, close] of bracketGroups(text)) {
    const handle = asHandle(text.slice(open + 1, close).trim());
    if (!handle) continue;
    handles.push(handle);
    outside += `${text.slice(last, open)} `;
    last = close + 1;
  }
  outside += text.slice(last);
  const kept = words(outside).filter((word) => {
    const handle = asHandle(word);
    if (handle) handles.push(handle);
    return !handle;
  });
  return { text: kept.join(' '), handles };
}

/** A balanced bracket group that ends `text` (`Lena Fischer (Zalando)`): the text before it and its content. */
function trailingBracket(text: string): { before: string; content: string } | null {
  if (!isClose(text[text.length - 1])) return null;
  const groups = bracketGroups(text);
  const lastGroup = groups[groups.length - 1];
  if (!lastGroup || lastGroup[1] !== text.length - 1 || lastGroup[0] === 0) return null;
  return { before: text.slice(0, lastGroup[0]).trim(), content: text.slice(lastGroup[0] + 1, -1).trim() };
}

/** How a piece reads if it is taken as a name. */
interface NameReading {
  name: string;
  written: string;
  prefix: string[];
  suffix: string[];
  handle: string | null;
  /** Company written in brackets after the name (`Name (Co)`), split like a line. */
  affiliation: Piece[] | null;
  kind: NameKind;
  problem: NameProblem | null;
}

function readName(text: string): NameReading {
  const taken = takeHandles(text);
  let nameText = taken.text;
  // One handle per person: any further one stays in the name, where it is reported.
  if (taken.handles.length > 1) nameText = [nameText, ...taken.handles.slice(1)].join(' ');
  let affiliationText: string | null = null;
  const bracket = trailingBracket(nameText);
  if (bracket && bracket.content) {
    nameText = bracket.before;
    affiliationText = bracket.content;
  }
  const parts = words(nameText);
  const prefix: string[] = [];
  const suffix: string[] = [];
  while (parts.length > 1 && NAME_PREFIXES.has(parts[0]!)) prefix.push(parts.shift()!);
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1]!)) suffix.unshift(parts.pop()!);
  const { kind, problem } = classify(parts);
  return {
    name: parts.join(' '),
    written: text,
    prefix,
    suffix,
    handle: taken.handles[0] ?? null,
    affiliation: affiliationText === null ? null : splitPieces(affiliationText),
    kind,
    problem,
  };
}

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

interface NameEntry {
  reading: NameReading;
  /** Suffixes and prefixes written as their own pieces (`, PhD`). */
  extraSuffix: string[];
  handle: string | null;
}

interface AffiliationPart {
  text: string;
  separatorText: string;
}

interface Group {
  names: NameEntry[];
  affiliation: AffiliationPart[];
  /** The first affiliation part is a job title (then the next part is the company, whatever it looks like). */
  firstIsRole: boolean;
  organisationEvidence: boolean;
  /** Names were joined by `&`/`and` (then no comma list can follow in this group). */
  conjoined: boolean;
}

type Chain = 'none' | 'plain' | 'oxford';

class Reporter {
  readonly list: Uncertainty[] = [];
  private readonly seen = new Set<string>();
  add(rule: UncertaintyRule, text: string, message: string): void {
    const key = `${rule}\u0000${text}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ rule, message, text });
  }
}

const quote = (text: string): string => `“${text}”`;

function tooLong(line: string, maxChars: number): SpeakerLineReading {
  const text = line.slice(0, 40);
  return {
    speakers: [],
    uncertain: [{ rule: 'speaker-line/too-long', text, message: `The line in the speaker line's place has ${line.length} characters, more than any speaker line (at most ${maxChars}), so no speakers were read from it.` }],
  };
}

function affiliationText(parts: readonly AffiliationPart[]): string {
  return parts.map((part, index) => (index === 0 ? part.text : part.separatorText + part.text)).join('');
}

/**
 * Longest speaker line a listing has read (`readSpeakerLine` itself takes any length, in linear time):
 * twenty speakers with long names, roles and companies fit in half of it. A longer line is page
 * text or an attack, and reading it would cost time for nothing.
 */
export const MAX_SPEAKER_LINE_CHARS = 2000;

/**
 * Read one speaker line: its speakers, in the order they are written, and every guess it made.
 * Linear in the line's length; `maxChars` (after whitespace runs are made one space) is the
 * longest line a caller wants read at all: a longer one gives no speakers and says why.
 */
export function readSpeakerLine(line: string, options: { maxChars?: number } = {}): SpeakerLineReading {
  // One space wherever the source has any run of whitespace (no-break spaces and tabs included).
  const normalised = line.replace(/\s+/gu, ' ').trim();
  const report = new Reporter();
  if (!normalised) return { speakers: [], uncertain: [] };
  if (options.maxChars !== undefined && normalised.length > options.maxChars) return tooLong(normalised, options.maxChars);

  const pieces = splitPieces(normalised);
  const readings = pieces.map((piece) => readName(piece.text));
  const count = pieces.length;

  // A name piece that carries its own company: `Name (Co)`, or followed by `| Co`, `- Co`, `@ Co`, ….
  const ownsCompany = (index: number): boolean =>
    readings[index]!.kind !== 'no' && (readings[index]!.affiliation !== null || pieces[index + 1]?.separator === 'company');

  // chain[i]: starting after piece i, pieces `, Name` … close a list of names: with `&/and Name`
  // ('oxford' when `, and`/`, &'), or with a name that carries its own company ('plain').
  // One right-to-left pass keeps this linear.
  const chain: Chain[] = new Array<Chain>(count).fill('none');
  for (let index = count - 2; index >= 0; index -= 1) {
    const next = pieces[index + 1]!;
    const reading = readings[index + 1]!;
    if (next.separator === '&' || next.separator === 'and') {
      // A list has one closing conjunction: `A, B & C & D` is not a list.
      const after = pieces[index + 2]?.separator;
      chain[index] = reading.kind === 'no' || after === '&' || after === 'and' ? 'none' : next.oxford ? 'oxford' : 'plain';
    } else if (next.separator === ',') {
      if (NAME_SUFFIXES.has(next.text) || handlePiece(next.text) !== null) chain[index] = chain[index + 1]!;
      else if (ownsCompany(index + 1)) chain[index] = 'plain';
      else if (reading.affiliation === null && reading.kind === 'person') chain[index] = chain[index + 1]!;
      else if (reading.affiliation === null && reading.kind === 'unknown' && chain[index + 1] === 'oxford') chain[index] = 'oxford';
    }
  }

  const groups: Group[] = [];
  let current: Group | null = null;
  let inAffiliation = false;

  const pushAffiliation = (group: Group, part: AffiliationPart): void => {
    const taken = takeHandles(part.text);
    const last = group.names[group.names.length - 1];
    let text = taken.text;
    for (const handle of taken.handles) {
      if (last && last.handle === null && last.reading.handle === null) last.handle = handle;
      else text = text ? `${text} (${handle})` : handle;
    }
    if (!text) return;
    if (group.affiliation.length === 0) group.firstIsRole = looksLikeRole(text);
    if (!group.organisationEvidence && hasOrganisationEvidence(text)) group.organisationEvidence = true;
    group.affiliation.push({ text, separatorText: group.affiliation.length === 0 ? '' : part.separatorText });
  };

  const addName = (group: Group, reading: NameReading): void => {
    group.names.push({ reading, extraSuffix: [], handle: null });
    if (reading.affiliation) {
      for (const piece of reading.affiliation) pushAffiliation(group, { text: piece.text, separatorText: piece.separatorText });
      inAffiliation = group.affiliation.length > 0;
    }
  };

  const openGroup = (reading: NameReading): Group => {
    const group: Group = { names: [], affiliation: [], firstIsRole: false, organisationEvidence: false, conjoined: false };
    groups.push(group);
    inAffiliation = false;
    addName(group, reading);
    return group;
  };

  for (let index = 0; index < count; index += 1) {
    const piece = pieces[index]!;
    const reading = readings[index]!;
    const isLast = index === count - 1;
    if (current === null || piece.separator === ';') {
      current = openGroup(reading);
      continue;
    }
    const lastName = current.names[current.names.length - 1]!;
    const handle = piece.separator === ',' ? handlePiece(piece.text) : null;
    if (handle && lastName.handle === null && lastName.reading.handle === null) {
      lastName.handle = handle;
      continue;
    }

    if (!inAffiliation) {
      if (piece.separator === '&' || piece.separator === 'and') {
        current.conjoined = true;
        addName(current, reading);
        continue;
      }
      // `Name | Company`, `Name - Company`, `Name @ Company`, …
      if (piece.separator === 'company') {
        inAffiliation = true;
        pushAffiliation(current, piece);
        continue;
      }
      // `Name, PhD` / `Name, Jr.`
      if (NAME_SUFFIXES.has(piece.text)) {
        lastName.extraSuffix.push(piece.text);
        continue;
      }
      // `A, B & C, Company` / `A, B, and C, Company` / `A, B (Company)`: a list of names sharing
      // what follows. An Oxford comma settles it. Without one, B is a list member only if it
      // reads as a person or carries its own company (a guess, reported), and A is not closed by
      // a suffix: `Name, PhD, X` and `Name Jr., X` put the affiliation X after the suffix.
      const ownCompany = ownsCompany(index);
      // `A & B, C & D` is not a list either: its conjunction came before the commas.
      const chained = current.conjoined ? 'none' : ownCompany ? 'plain' : reading.affiliation === null ? chain[index]! : 'none';
      const closedBySuffix = lastName.reading.suffix.length > 0 || lastName.extraSuffix.length > 0;
      if (chained === 'oxford' && reading.kind !== 'no') {
        addName(current, reading);
        continue;
      }
      if (chained === 'plain' && (reading.kind === 'person' || ownCompany)) {
        if (!closedBySuffix) {
          report.add(
            'speaker-line/ambiguous-group',
            piece.text,
            ownCompany
              ? `${quote(piece.text)} was read as one more speaker sharing the affiliation that follows it, though ${quote(lastName.reading.name)} could instead have no affiliation.`
              : `${quote(piece.text)} was read as one more speaker in a list of names, though it could be the affiliation of ${quote(lastName.reading.name)}.`,
          );
          addName(current, reading);
          continue;
        }
        report.add(
          'speaker-line/ambiguous-group',
          piece.text,
          `${quote(piece.text)} was read as the affiliation of ${quote(lastName.reading.name)} because it follows a suffix, though it could be one more speaker in a list of names.`,
        );
      }
      // A caseless piece here is the company of the name before it: position decides (`이서연, 카카오 & 박지훈, 카카오`).
      inAffiliation = true;
      pushAffiliation(current, piece);
      continue;
    }

    // In an affiliation: does this piece open the next group? (`soFar` only when reporting: keeps the loop linear.)
    const group = current;
    const soFar = (): string => affiliationText(group.affiliation);
    if (piece.separator === '&' || piece.separator === 'and') {
      if (reading.kind === 'person') {
        current = openGroup(reading);
        continue;
      }
      if (reading.kind === 'unknown') {
        if (isLast && reading.affiliation === null) {
          report.add(
            'speaker-line/ambiguous-group',
            piece.text,
            `${quote(piece.text)} was read as a further speaker with no affiliation, though it could continue the affiliation ${quote(soFar())}.`,
          );
        }
        current = openGroup(reading);
        continue;
      }
    } else if ((piece.separator === ',' || piece.separator === 'company') && !(current.affiliation.length === 1 && current.firstIsRole)) {
      // `…, Name (Company)` / `…, Name - Company`: a person with their own company.
      if (ownsCompany(index)) {
        current = openGroup(reading);
        continue;
      }
      if (reading.kind === 'person') {
        if (!isLast) {
          if (!current.organisationEvidence) {
            report.add(
              'speaker-line/ambiguous-group',
              piece.text,
              `${quote(piece.text)} was read as a new speaker, though it could continue the affiliation ${quote(soFar())}.`,
            );
          }
          current = openGroup(reading);
          continue;
        }
        report.add(
          'speaker-line/ambiguous-group',
          piece.text,
          `${quote(piece.text)} was kept in the affiliation ${quote(`${soFar()}${piece.separatorText}${piece.text}`)}, though it could be a further speaker with no affiliation.`,
        );
      } else if (reading.kind === 'unknown' && !isLast && current.affiliation.length === 1) {
        report.add(
          'speaker-line/ambiguous-group',
          piece.text,
          `${quote(piece.text)} was read as a new speaker after a complete name and affiliation, though it could continue the affiliation ${quote(soFar())}.`,
        );
        current = openGroup(reading);
        continue;
      }
    }
    pushAffiliation(current, piece);
  }

  const noSeparator = count === 1 && readings[0]!.affiliation === null && words(normalised).length > 5;
  if (noSeparator) {
    report.add(
      'speaker-line/no-separator',
      normalised,
      `The line has ${words(normalised).length} words and no separator, so it was read as one speaker's name with no affiliation.`,
    );
  }
  const speakers = groups.flatMap((group) => toSpeakers(group, report, noSeparator));
  return { speakers, uncertain: report.list };
}

/** The speakers of one line, in the order they are written (`readSpeakerLine` without the guesses). */
export function parseSpeakerLine(line: string): RawSpeaker[] {
  return readSpeakerLine(line).speakers;
}

/**
 * A name that swallowed its company because the comma was lost (`Dhruval Shah Rakuten Card Co.`):
 * split it after the first two words when it ends in a corporate suffix and is long enough to hold both.
 */
function splitMissingComma(name: string): { name: string; affiliation: string } | null {
  const parts = words(name);
  if (parts.length < 4 || !CORPORATE_SUFFIXES.has(parts[parts.length - 1]!)) return null;
  return { name: parts.slice(0, 2).join(' '), affiliation: parts.slice(2).join(' ') };
}

function toSpeakers(group: Group, report: Reporter, noSeparator: boolean): RawSpeaker[] {
  const names = group.names.map((entry) => ({ ...entry, reading: { ...entry.reading } }));
  let parts = group.affiliation;
  if (parts.length === 0 && names.length > 0) {
    const last = names[names.length - 1]!;
    const repaired = splitMissingComma(last.reading.name);
    if (repaired) {
      const { kind, problem } = classify(words(repaired.name));
      last.reading = { ...last.reading, name: repaired.name, kind, problem };
      parts = [{ text: repaired.affiliation, separatorText: '' }];
      report.add(
        'speaker-line/missing-comma',
        last.reading.written,
        `${quote(last.reading.written)} ends in a corporate suffix with no comma before the company, so the first two words were taken as the name and ${quote(repaired.affiliation)} as the affiliation.`,
      );
    }
  }
  let role: string | null = null;
  if (parts.length > 1 && group.firstIsRole) {
    role = parts[0]!.text;
    parts = parts.slice(1);
  } else if (parts.length === 1 && group.firstIsRole) {
    report.add(
      'speaker-line/role-or-company',
      parts[0]!.text,
      `${quote(parts[0]!.text)} contains a job-title word but is the only affiliation given, so it was kept as the affiliation with no role.`,
    );
  }
  const affiliation = parts.length === 0 ? null : affiliationText(parts);

  return names.map((entry, index) => {
    const { reading } = entry;
    // A speaker always has a name: a piece with none in it (`@handle`, `(Acme)`) is kept as written.
    if (!reading.name) {
      const written = reading.written.trim();
      report.add('speaker-line/no-name', written, `${quote(written)} stands where a name should be but has no name in it, so it was kept, as written, as the speaker's name.`);
      return { name: written, affiliation, role: index === names.length - 1 ? role : null };
    }
    const problem = reading.problem;
    if (problem && !(noSeparator && problem.lengthOnly)) {
      report.add(problem.rule, reading.name, `${quote(reading.name)} was read as a person's name by its position, but it ${problem.detail}.`);
    }
    const speaker: RawSpeaker = { name: reading.name, affiliation, role: index === names.length - 1 ? role : null };
    const suffix = [...reading.prefix, ...reading.suffix, ...entry.extraSuffix];
    if (suffix.length > 0) speaker.suffix = suffix.join(', ');
    const handle = reading.handle ?? entry.handle;
    if (handle) speaker.handle = handle;
    return speaker;
  });
}
