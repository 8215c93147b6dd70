/**
 * Speaker lines: the line under a session title that names who gives the talk.
 *
 * The listings write them in several ways, all handled here:
 *   `Ravi Vankamamidi, Expedia & Chirag Dadia, Nuuly`   (name, company) pairs
 *   `Danica Fine & Ajay Vyasapeetam, Bloomberg`         one company shared by several people
 *   `Jakub Korab, Solutions Architect, Confluent`       a job title before the company
 *   `Neil Buesing, Object Partners, Inc`                a company containing a comma
 *   `Stefan Freshe, … Rudolf Baader GmbH & Co. KG`      a company containing `&`
 *   `Rob Brown & Robert Cole, US Citizenship and Immigration Services`
 *   `Bryan Zelle, Centene; Neil Buesing, …`             `;` between groups
 *   `Boyang Chen,Confluent & Liquan Pei, Pinterest`     no space after a comma
 *   `Arshal Ameen & Dhruval Shah Rakuten Card Co.`      a missing comma before the company
 *   `Mickael Maison, IBM & Ryanne Dolan`                a speaker with no company
 *
 * The grammar is positional: a group is one or more names joined by `&`/`and`, then
 * `, affiliation`. After an affiliation has started, a following piece opens a new
 * group only if it looks like a person's name; otherwise it continues the affiliation.
 * "Looks like a person" is decided by small, explicit word lists below, never by
 * guessing from a dictionary of people, so every decision can be read and tested.
 */

/** A speaker as the listing writes them, before identity (src/link/identity.ts). */
export interface RawSpeaker {
  name: string;
  affiliation: string | null;
  role: string | null;
}

/** Words that never occur in a person's name but often in an organisation's. */
const ORGANISATION_WORDS = new Set(
  [
    'inc', 'inc.', 'co', 'co.', 'corp', 'corp.', 'corporation', 'gmbh', 'kg', 'ltd', 'ltd.', 'llc', 'l.p', 'l.p.', 'plc',
    'ag', 'sa', 'bv', 'labs', 'lab', 'laboratory', 'group', 'services', 'systems', 'solutions', 'technologies',
    'technology', 'software', 'data', 'cloud', 'health', 'media', 'university', 'institute', 'international',
    'bank', 'society', 'pharmaceutical', 'pharmaceuticals', 'partners', 'consulting', 'networks', 'platform',
    'microservices', 'foundation', 'agency', 'department', 'ministry', 'government', 'card', 'chase', 'web',
  ].map((word) => word.toLowerCase()),
);

/** Words that mark a job title (`Solutions Architect`, `Principal Engineer`). */
const ROLE_WORDS = new Set(
  [
    'architect', 'engineer', 'developer', 'director', 'manager', 'ceo', 'cto', 'cio', 'coo', 'founder', 'co-founder',
    'lead', 'head', 'vp', 'president', 'advocate', 'consultant', 'evangelist', 'scientist', 'principal', 'officer',
    'analyst', 'specialist', 'researcher', 'chief', 'owner', 'fellow',
  ].map((word) => word.toLowerCase()),
);

/** Lower-case particles allowed inside a name (`Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'del', 'dos', 'bin']);

/** Corporate suffixes that end a company name; used to repair a missing comma. */
const COMPANY_SUFFIX = /\b(?:Inc\.?|Co\.|Corp\.?|GmbH|KG|Ltd\.?|LLC|L\.P\.?|PLC)$/u;

type Separator = 'start' | ',' | ';' | '&' | 'and';

interface Piece {
  text: string;
  /** The separator that precedes this piece, as written (for rebuilding affiliations). */
  separator: Separator;
  separatorText: string;
}

/** Split a line on `;`, `,`, ` & ` and ` and `, remembering each separator as written. */
function splitPieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  // Input has single spaces only (see parseSpeakerLine), so each alternative is linear.
  const separator = / ?; ?| ?, ?| & | and /gu;
  let last = 0;
  let previous: { kind: Separator; text: string } = { kind: 'start', text: '' };
  for (const match of line.matchAll(separator)) {
    const index = match.index ?? 0;
    pieces.push({ text: line.slice(last, index).trim(), separator: previous.kind, separatorText: previous.text });
    const text = match[0];
    const trimmed = text.trim();
    const kind: Separator = trimmed === ';' ? ';' : trimmed === ',' ? ',' : trimmed === '&' ? '&' : 'and';
    previous = { kind, text: kind === ',' ? ', ' : kind === ';' ? '; ' : ` ${trimmed} ` };
    last = index + text.length;
  }
  pieces.push({ text: line.slice(last).trim(), separator: previous.kind, separatorText: previous.text });
  return pieces.filter((piece) => piece.text.length > 0);
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** Whether a piece of a speaker line reads as a person's name. */
export function looksLikePersonName(text: string): boolean {
  const parts = words(text);
  if (parts.length < 2 || parts.length > 5) return false;
  if (/[\d/@()]/u.test(text)) return false;
  return parts.every((word, index) => {
    const lower = word.toLowerCase();
    if (ORGANISATION_WORDS.has(lower) || ROLE_WORDS.has(lower)) return false;
    if (index > 0 && index < parts.length - 1 && NAME_PARTICLES.has(word)) return true;
    // A capitalised word or an initial such as `J.`; apostrophes and hyphens allowed (O'Brien, Jean-Luc).
    return /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
  });
}

/** Whether an affiliation piece is a job title rather than an organisation. */
export function looksLikeRole(text: string): boolean {
  return words(text).some((word) => ROLE_WORDS.has(word.toLowerCase()));
}

interface Group {
  names: string[];
  affiliation: Piece[];
}

/**
 * A name piece that swallowed its company because the comma was lost
 * (`Dhruval Shah Rakuten Card Co.`): split it after the first two words when it
 * ends in a corporate suffix and is long enough to hold both.
 */
function splitMissingComma(name: string): { name: string; affiliation: string } | null {
  const parts = words(name);
  if (parts.length < 4 || !COMPANY_SUFFIX.test(name)) return null;
  return { name: parts.slice(0, 2).join(' '), affiliation: parts.slice(2).join(' ') };
}

function toSpeakers(group: Group): RawSpeaker[] {
  const names = [...group.names];
  let affiliationPieces = group.affiliation;
  if (affiliationPieces.length === 0 && names.length > 0) {
    const repaired = splitMissingComma(names[names.length - 1]!);
    if (repaired) {
      names[names.length - 1] = repaired.name;
      affiliationPieces = [{ text: repaired.affiliation, separator: ',', separatorText: ', ' }];
    }
  }
  let role: string | null = null;
  if (affiliationPieces.length > 1 && looksLikeRole(affiliationPieces[0]!.text)) {
    role = affiliationPieces[0]!.text;
    affiliationPieces = affiliationPieces.slice(1);
  }
  const affiliation =
    affiliationPieces.length === 0
      ? null
      : affiliationPieces.map((piece, index) => (index === 0 ? piece.text : piece.separatorText + piece.text)).join('');
  // A role shared by several people would be odd; it belongs to the person it follows.
  return names.map((name, index) => ({
    name,
    affiliation,
    role: index === names.length - 1 ? role : null,
  }));
}

/** Parse one speaker line into speakers, in the order they are written. */
export function parseSpeakerLine(line: string): RawSpeaker[] {
  // One space wherever the source has any run of whitespace (no-break spaces included):
  // names never need more, and the separators below then match in linear time.
  const pieces = splitPieces(line.replace(/\s+/gu, ' ').trim());
  const groups: Group[] = [];
  let current: Group | null = null;
  let inAffiliation = false;

  for (const piece of pieces) {
    // After a job title (`Jakub Korab, Solutions Architect, …`) the next piece is the company, whatever it looks like.
    const afterRole = current !== null && current.affiliation.length === 1 && looksLikeRole(current.affiliation[0]!.text);
    const opensGroup =
      current === null ||
      piece.separator === ';' ||
      (inAffiliation && piece.separator !== ',' && looksLikePersonName(piece.text)) ||
      // After `Name, Company,` a name followed by more text starts the next person (`Cody Irwin, Google Cloud, Josh Treichel & …`).
      (inAffiliation && !afterRole && piece.separator === ',' && looksLikePersonName(piece.text) && piece !== pieces[pieces.length - 1]);
    if (opensGroup) {
      current = { names: [piece.text], affiliation: [] };
      groups.push(current);
      inAffiliation = false;
      continue;
    }
    if (!current) continue;
    if (!inAffiliation && (piece.separator === '&' || piece.separator === 'and')) {
      current.names.push(piece.text);
    } else {
      inAffiliation = true;
      current.affiliation.push(piece);
    }
  }
  return groups.flatMap(toSpeakers);
}
