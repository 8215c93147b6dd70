/**
 * `content/topics.yaml`: the reviewed topic taxonomy. Each topic has an id (its page
 * address), a name, a description and the terms that tag a session with it (whole words;
 * ALL-CAPS terms match case-sensitively unless `case` says otherwise; `exclude` phrases
 * are blanked out first). Tagging itself is the `topics` link stage (src/link/topics.ts).
 */
import { z } from 'zod';
import { addFriendlyIssue } from './friendly.ts';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const phrase = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'at most 100 characters')
  .refine((s) => s === s.trim(), 'text without spaces at either end')
  .refine((s) => HAS_LETTER_OR_DIGIT.test(s), 'text with a letter or digit');

const termSchema = z.union([
  phrase,
  z.strictObject({
    term: phrase,
    case: z.enum(['sensitive', 'insensitive']),
  }),
]);

const topicSchema = z.strictObject({
  id: z.string().regex(KEBAB_CASE, 'must be a kebab-case slug (a-z, 0-9, single hyphens)'),
  name: z.string().trim().min(1, 'must not be empty'),
  description: z.string().trim().min(1, 'must not be empty'),
  terms: z.array(termSchema).min(1, 'needs at least one term').max(200, 'at most 200 terms'),
  exclude: z.array(phrase).optional(),
  minMatches: z.number().int().min(1).optional(),
});

export const topicsSchema = z
  .strictObject({
    topics: z.array(topicSchema).min(1, 'needs at least one topic'),
  })
  .superRefine((taxonomy, ctx) => {
    const seenIds = new Map<string, number>();
    taxonomy.topics.forEach((topic, i) => {
      const first = seenIds.get(topic.id);
      if (first !== undefined) {
        addFriendlyIssue(ctx, ['topics', i, 'id'], {
          message: `The topic id "${topic.id}" is used twice (topics.${first} and topics.${i})`,
          found: topic.id,
          expected: 'a different id for each topic',
          hint: `Rename one of them; the id is the topic's page address (/topics/${topic.id}/).`,
          rule: 'topics/duplicate-id',
        });
      } else {
        seenIds.set(topic.id, i);
      }
      const seenTerms = new Map<string, number>();
      topic.terms.forEach((raw, j) => {
        const term = normalizeTerm(raw);
        const key = term.caseSensitive ? `s:${term.text}` : `i:${term.text.toLowerCase()}`;
        const firstTerm = seenTerms.get(key);
        if (firstTerm !== undefined) {
          addFriendlyIssue(ctx, ['topics', i, 'terms', j], {
            message: `The term "${term.text}" is listed twice for topic "${topic.id}" (terms.${firstTerm} and terms.${j})`,
            found: term.text,
            expected: 'each term once per topic',
            hint: 'Remove the repeated term.',
            rule: 'topics/duplicate-term',
          });
        } else {
          seenTerms.set(key, j);
        }
      });
    });
  });

export type Taxonomy = z.infer<typeof topicsSchema>;
export type Topic = Taxonomy['topics'][number];
export type TopicTerm = Topic['terms'][number];

export interface NormalizedTerm {
  text: string;
  caseSensitive: boolean;
}

/** ALL-CAPS rule: no lowercase letter and at least one uppercase letter. */
export function isCaseSensitiveByDefault(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}/u.test(term);
}

export function normalizeTerm(raw: TopicTerm): NormalizedTerm {
  if (typeof raw === 'string') {
    return { text: raw, caseSensitive: isCaseSensitiveByDefault(raw) };
  }
  return { text: raw.term, caseSensitive: raw.case === 'sensitive' };
}

