/**
 * `content/series/<id>.yaml`: facts shared by every summit of one conference series
 * (summit.yaml names its series with `series: <id>`). Source-specific wording lives here,
 * never in code: the series' name, its common words, and its page furniture rules.
 */
import { z } from 'zod';
import type { FurnitureRule } from '../parse/listing/furniture.ts';
import { addFriendlyIssue } from './friendly.ts';

/** Longest text a furniture rule may hold: rules name page text, not paragraphs, and their cost stays bounded. */
export const MAX_RULE_TEXT = 300;
const MATCHERS = ['line', 'startsWith', 'pattern', 'trailing', 'block', 'keep'] as const;

const ruleText = z.string().trim().min(1).max(MAX_RULE_TEXT);

/**
 * One furniture rule (the language is described in src/parse/listing/furniture.ts and the README,
 * "What the parser makes of a listing"): exactly one of `line`, `startsWith`, `pattern`, `trailing`,
 * `block` or `keep`, and a `reason`. No regular expressions: `*` in a `pattern` (and in a block's
 * `from`/`to`) is the only wildcard.
 */
export const FurnitureRuleSchema = z
  .object({
    line: ruleText.optional(),
    startsWith: ruleText.optional(),
    pattern: ruleText.optional(),
    trailing: ruleText.optional(),
    block: z.object({ from: ruleText, to: ruleText }).strict().optional(),
    keep: ruleText.optional(),
    /** What kind of text this is, in a few lower-case words joined by hyphens (`cookie-notice`); recorded on each dropped line. */
    reason: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+){0,5}$/u, { error: 'a short kebab-case name such as cookie-notice or share-widget' }),
    /** Optional: why, in a sentence. */
    note: z.string().min(1).max(500).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const given = MATCHERS.filter((key) => rule[key] !== undefined);
    if (given.length !== 1) {
      addFriendlyIssue(ctx, given.length > 1 ? [given[1]!] : [], {
        message: given.length === 0 ? 'A furniture rule needs one of line, startsWith, pattern, trailing, block or keep' : `A furniture rule has one matcher, not ${given.join(' and ')}`,
        found: given.length === 0 ? 'no matcher' : given.join(', '),
        expected: `exactly one of ${MATCHERS.join(', ')}`,
        hint: given.length === 0 ? 'Add e.g. `line: "Back to top"` (the whole line) or `startsWith: "We use cookies"`.' : 'Split it into one rule per matcher, each with its reason.',
        rule: 'furniture/one-matcher',
      });
    }
    for (const key of ['pattern'] as const) {
      const value = rule[key];
      if (value !== undefined && value.replaceAll('*', '').trim() === '') {
        addFriendlyIssue(ctx, [key], {
          message: 'A pattern made only of "*" would match every line',
          found: value,
          expected: 'a pattern with some text besides "*", such as "View * Sessions"',
          hint: 'Write the words the furniture line has, with "*" only where they vary.',
          rule: 'furniture/empty-pattern',
        });
      }
    }
    if (rule.block) {
      for (const end of ['from', 'to'] as const) {
        if (rule.block[end].replaceAll('*', '').trim() === '') {
          addFriendlyIssue(ctx, ['block', end], {
            message: `A block's "${end}" made only of "*" would match every line`,
            found: rule.block[end],
            expected: 'the text of the line that opens (from) or closes (to) the block, "*" where it varies',
            hint: 'Copy the first and the last line of the furniture block.',
            rule: 'furniture/empty-pattern',
          });
        }
      }
    }
  })
  .transform((rule): FurnitureRule => {
    if (rule.block) return { kind: 'block', from: rule.block.from, to: rule.block.to, reason: rule.reason };
    const kind = MATCHERS.find((key) => key !== 'block' && rule[key] !== undefined) as Exclude<(typeof MATCHERS)[number], 'block'>;
    return { kind, text: rule[kind]!, reason: rule.reason };
  });

export const FurnitureRulesSchema = z.array(FurnitureRuleSchema).max(200);

export const SeriesSchema = z
  .object({
    /** The series' name (`Kafka Summit`); a listing title ending in ` | <name>…` has that page suffix removed for display. */
    name: z.string().min(1).max(80),
    /**
     * Words nearly every talk of the series uses (`kafka`, `streaming`): ignored when an
     * article's named talk is matched to an untitled session by shared words.
     */
    commonWords: z.array(z.string().min(1).max(40)).max(200).default([]),
    /** Page furniture every summit of the series shares (cookie notices, contact blocks, promotions). */
    furniture: FurnitureRulesSchema.optional(),
  })
  .strict();

export type Series = z.infer<typeof SeriesSchema>;
export type FurnitureRuleInput = z.input<typeof FurnitureRuleSchema>;
