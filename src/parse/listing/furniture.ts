/**
 * Page furniture: text the scraper picked up from the page around the sessions (banners,
 * share widgets, cookie notices, "Back to top", promotions of other events). Which text is
 * furniture is data, never code: a series file (content/series/<id>.yaml) holds the rules its
 * summits share, and a summit's summit.yaml may add its own (schema: src/schemas/series.ts).
 * What stays in code is layout only: the page header before the first track heading, and the
 * bulleted style's `View Description` label (src/parse/listing/parse-listing.ts).
 *
 * The rule language needs no regular expressions: contributors are untrusted, and no pattern of
 * theirs may run on the text. A rule matches the text of one line, compared without its
 * indentation, with whitespace runs read as one space and a leading `•` left out:
 *
 *   line: Contact Us                      the text is exactly this
 *   startsWith: We use cookies            the text starts with this
 *   pattern: View Kafka Summit * Sessions `*` stands for any run of characters (none included);
 *                                         everything else is matched exactly
 *   trailing: Screen reader support enabled.
 *                                         this fragment, glued to the end of a line after a
 *                                         space, is cut off; a line that is only the fragment
 *                                         is dropped
 *   block: { from: Stay in the stream, to: Subscribe }
 *                                         from a line matching `from` through the next line
 *                                         matching `to` (both patterns), within one track
 *   keep: Joint work with Acme            not furniture: a line the layout check would report
 *                                         as possible page text is description text after all
 *
 * Every rule has a `reason` (a short kebab-case name: `cookie-notice`, `share-widget`), recorded
 * on each line it drops. A rule that matches the line that opens a session (its `•` bullet in
 * the bulleted style, its title line in the titled style) drops that whole session-shaped
 * block: a promotion bullet goes with its text. Every drop is recorded (`DroppedLine`), so tests
 * prove that nothing else went missing, and a rule that matched nothing is reported.
 *
 * Cost: every check is linear in the line (a pattern is split at `*` once; its pieces are
 * found left to right with `indexOf`, greedy, never backtracking), and rule texts are capped
 * in length by the schema, so a listing is matched in time linear in its size per rule.
 */

/** Why a line was dropped: `page-header` and `label` are layout; any other value is a rule's `reason`. */
export type DropReason = string;

export interface DroppedLine {
  line: number;
  text: string;
  reason: DropReason;
}

/** A furniture rule as the parser uses it (the YAML form is validated by src/schemas/series.ts). */
export type FurnitureRule =
  | { kind: 'line' | 'startsWith' | 'pattern' | 'trailing' | 'keep'; text: string; reason: string }
  | { kind: 'block'; from: string; to: string; reason: string };

/** The one label of the bulleted style's layout: a bullet or line reading only this is not content. */
export const VIEW_DESCRIPTION = 'View Description';

export function isLabel(text: string): boolean {
  return text.trim() === VIEW_DESCRIPTION;
}

/** A line's text as rules see it: no indentation, whitespace runs as one space, no leading `•`. */
export function matchText(raw: string): string {
  const collapsed = raw.replace(/\s+/gu, ' ').trim();
  if (!collapsed.startsWith('•')) return collapsed;
  return collapsed.slice(1).trimStart();
}

/** A pattern compiled once: its literal pieces between `*`. */
export interface CompiledPattern {
  pieces: string[];
}

export function compilePattern(pattern: string): CompiledPattern {
  return { pieces: matchText(pattern).split('*') };
}

/**
 * Whether `text` matches a `*` pattern. With `*` as the only wildcard, the first piece must
 * start the text, the last must end it, and each piece between is found at its leftmost place
 * after the one before: greedy leftmost placement never needs to go back, so this is linear.
 */
export function matchesPattern(pattern: CompiledPattern, text: string): boolean {
  const { pieces } = pattern;
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const end = text.length - last.length;
  let position = first.length;
  for (let index = 1; index < pieces.length - 1; index += 1) {
    const piece = pieces[index]!;
    if (piece === '') continue;
    const found = text.indexOf(piece, position);
    if (found === -1 || found + piece.length > end) return false;
    position = found + piece.length;
  }
  return true;
}

interface Compiled {
  rule: FurnitureRule;
  index: number;
  text: string;
  pattern: CompiledPattern | null;
  from: CompiledPattern | null;
  to: CompiledPattern | null;
}

/** A line matched by a whole-line rule. */
export interface LineMatch {
  rule: number;
  reason: string;
}

/** A fragment cut off the end of a line by a `trailing` rule. */
export interface TrailingMatch extends LineMatch {
  /** The line without the fragment (and the space before it). */
  text: string;
  fragment: string;
}

/** Rules ready to run on one listing, counting how often each one matched. */
export class FurnitureRules {
  readonly hits: number[];
  private readonly compiled: Compiled[];

  constructor(rules: readonly FurnitureRule[]) {
    this.hits = rules.map(() => 0);
    this.compiled = rules.map((rule, index) => ({
      rule,
      index,
      text: rule.kind === 'block' ? '' : rule.kind === 'trailing' ? rule.text.trim() : matchText(rule.text),
      pattern: rule.kind === 'pattern' ? compilePattern(rule.text) : null,
      from: rule.kind === 'block' ? compilePattern(rule.from) : null,
      to: rule.kind === 'block' ? compilePattern(rule.to) : null,
    }));
  }

  get blockRules(): ReadonlyArray<{ index: number; reason: string; from: CompiledPattern; to: CompiledPattern }> {
    return this.compiled.flatMap((entry) => (entry.from && entry.to ? [{ index: entry.index, reason: entry.rule.reason, from: entry.from, to: entry.to }] : []));
  }

  /** The first `line`, `startsWith` or `pattern` rule matching a line, or a `trailing` rule the whole line is. */
  matchLine(raw: string): LineMatch | null {
    const text = matchText(raw);
    if (text === '') return null;
    for (const entry of this.compiled) {
      const { rule } = entry;
      const matched =
        rule.kind === 'line' || rule.kind === 'trailing'
          ? text === entry.text
          : rule.kind === 'startsWith'
            ? text.startsWith(entry.text)
            : rule.kind === 'pattern'
              ? matchesPattern(entry.pattern!, text)
              : false;
      if (matched) return this.hit(entry);
    }
    return null;
  }

  /**
   * Cut a `trailing` fragment off the end of a line. Plain string checks rather than a regular
   * expression: a line may end in a very long run of whitespace, which a `\s*…$` pattern would
   * scan quadratically. The fragment must follow a space, so `…platformLearn More` keeps its words.
   */
  matchTrailing(raw: string): TrailingMatch | null {
    const trimmed = raw.trimEnd();
    for (const entry of this.compiled) {
      if (entry.rule.kind !== 'trailing' || entry.text === '' || !trimmed.endsWith(entry.text)) continue;
      const before = trimmed.slice(0, -entry.text.length);
      if (before.trim() === '' || !/\s$/u.test(before)) continue;
      return { ...this.hit(entry), text: before.trimEnd(), fragment: entry.text };
    }
    return null;
  }

  /** The `keep` rule naming this line, if any (the line is description text, not page text). */
  matchKeep(raw: string): LineMatch | null {
    const text = matchText(raw);
    for (const entry of this.compiled) if (entry.rule.kind === 'keep' && text === entry.text) return this.hit(entry);
    return null;
  }

  /** Count a match of a block rule (the parser finds blocks, see findBlocks). */
  hitBlock(index: number): void {
    this.hits[index] = (this.hits[index] ?? 0) + 1;
  }

  private hit(entry: Compiled): LineMatch {
    this.hits[entry.index] = (this.hits[entry.index] ?? 0) + 1;
    return { rule: entry.index, reason: entry.rule.reason };
  }
}

export interface BlockMatch {
  rule: number;
  reason: string;
  /** First and last index (0-based, into the lines given), inclusive. */
  start: number;
  end: number;
}

/**
 * Blocks of `block` rules in a run of lines: `texts[i]` is the rule text of line i, '' for a blank
 * line, or null for a line no block may cross (a track heading). A block starts at a line
 * matching `from` and ends at the next line matching `to`; a block whose end never comes (before
 * the next heading) is returned in `open`. Rules run in order; a line already inside a block is
 * not looked at again. Linear: one backward pass per rule finds each line's next `to`.
 */
export function findBlocks(texts: ReadonlyArray<string | null>, rules: FurnitureRules): { blocks: BlockMatch[]; open: Array<{ rule: number; index: number }> } {
  const covered = new Uint8Array(texts.length);
  const blocks: BlockMatch[] = [];
  const open: Array<{ rule: number; index: number }> = [];
  for (const rule of rules.blockRules) {
    const nextTo = new Int32Array(texts.length + 1).fill(-1);
    for (let index = texts.length - 1; index >= 0; index -= 1) {
      const after = texts[index + 1];
      nextTo[index] = after === null || after === undefined ? -1 : after !== '' && matchesPattern(rule.to, after) ? index + 1 : nextTo[index + 1]!;
    }
    // nextCovered[i]: the first line at or after i already inside an earlier rule's block.
    const nextCovered = new Int32Array(texts.length + 1).fill(texts.length);
    for (let index = texts.length - 1; index >= 0; index -= 1) nextCovered[index] = covered[index] ? index : nextCovered[index + 1]!;
    for (let index = 0; index < texts.length; index += 1) {
      const text = texts[index] ?? null;
      if (covered[index] || text === null || text === '' || !matchesPattern(rule.from, text)) continue;
      const end = nextTo[index]!;
      if (end === -1 || nextCovered[index]! <= end) {
        open.push({ rule: rule.index, index });
        continue;
      }
      covered.fill(1, index, end + 1);
      blocks.push({ rule: rule.index, reason: rule.reason, start: index, end });
      rules.hitBlock(rule.index);
      index = end;
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, open };
}
