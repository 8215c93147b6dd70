/**
 * The furniture rule language (src/parse/listing/furniture.ts, schema src/schemas/series.ts):
 * what each matcher matches, that patterns run in linear time, that the schema takes only
 * well-formed rules, and that the Kafka Summit series file says what the code used to say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compilePattern, findBlocks, FurnitureRules, isLabel, matchesPattern, matchText, type FurnitureRule } from '../../src/parse/listing/furniture.ts';
import { FurnitureRuleSchema, SeriesSchema } from '../../src/schemas/series.ts';
import { SEED_CONTENT } from '../support/seed.ts';

const rule = (kind: Exclude<FurnitureRule['kind'], 'block'>, text: string, reason = 'page-text'): FurnitureRule => ({ kind, text, reason });
const matches = (pattern: string, text: string) => matchesPattern(compilePattern(pattern), text);

describe('the text a rule sees', () => {
  it('leaves out indentation, a leading bullet, and reads whitespace runs as one space', () => {
    expect(matchText('    Back\u00A0to \t top  ')).toBe('Back to top');
    expect(matchText('  •  View Kafka Summit NYC 2019 Sessions')).toBe('View Kafka Summit NYC 2019 Sessions');
  });

  it('knows the bulleted style’s one label', () => {
    expect(isLabel('    View Description')).toBe(true);
    expect(isLabel('View Description of the API')).toBe(false);
    expect(isLabel('View Sessions')).toBe(false);
  });
});

describe('patterns: `*` is the only wildcard', () => {
  it('matches any run of characters, none included, and everything else exactly', () => {
    expect(matches('View * Sessions', 'View Kafka Summit NYC 2019 Sessions')).toBe(true);
    expect(matches('View * Sessions', 'View Sessions')).toBe(false);
    expect(matches('View *Sessions', 'View Sessions')).toBe(true);
    expect(matches('View * Sessions', 'Kafka Summit Sessions at Scale')).toBe(false);
    expect(matches('*当サイトでは Cookie*', 'サイトのご利用状況…、当サイトでは Cookie (クッキー) を使用しています。')).toBe(true);
    expect(matches('a*b*c', 'abc')).toBe(true);
    expect(matches('a*b*c', 'acb')).toBe(false);
    expect(matches('a*a', 'a')).toBe(false);
    expect(matches('Contact Us', 'Contact Us')).toBe(true);
    expect(matches('Contact Us', 'Contact Us now')).toBe(false);
    // Regular-expression syntax is text: nothing a contributor writes runs as a pattern.
    expect(matches('(a+)+$', '(a+)+$')).toBe(true);
    expect(matches('(a+)+$', 'aaaa')).toBe(false);
  });

  it('runs in linear time on text built to make a backtracking matcher explode', () => {
    // A backtracking glob matcher tries every split of the text for every `*`: it would not
    // return within the test's timeout. Greedy leftmost placement scans the text once per piece.
    const text = 'a'.repeat(200_000);
    expect(matches('*ab*ab*ab*ab*ab*ab*c*', text)).toBe(false);
    expect(matches('*a*a*a*a*a*a*a*a*b', text)).toBe(false);
    expect(matches('a*a*a*a*a*a*a*a*a', text)).toBe(true);
  });
});

describe('matchers', () => {
  const rules = new FurnitureRules([
    rule('line', 'Contact Us', 'footer'),
    rule('startsWith', 'We use cookies', 'cookie-notice'),
    rule('pattern', 'Have someone from * contact you.', 'footer'),
    rule('trailing', 'Screen reader support enabled.', 'trailing-fragment'),
    rule('keep', 'Joint work with Acme', 'description-text'),
  ]);

  it('line: the whole line; startsWith: its start; pattern: with `*`', () => {
    expect(rules.matchLine('Contact Us')).toEqual({ rule: 0, reason: 'footer' });
    expect(rules.matchLine('    Contact   Us')).toEqual({ rule: 0, reason: 'footer' });
    expect(rules.matchLine('Contact Us today')).toBeNull();
    expect(rules.matchLine('We use cookies to understand how you use our site')).toEqual({ rule: 1, reason: 'cookie-notice' });
    expect(rules.matchLine('Cookies are a Kafka topic name')).toBeNull();
    expect(rules.matchLine('Have someone from Confluent contact you.')).toEqual({ rule: 2, reason: 'footer' });
  });

  it('trailing: cut off the end of a line after a space, or a line of its own', () => {
    expect(rules.matchTrailing('    throughput. Screen reader support enabled.')).toEqual({ rule: 3, reason: 'trailing-fragment', text: '    throughput.', fragment: 'Screen reader support enabled.' });
    expect(rules.matchTrailing('A Screen reader support enabled. in the middle stays')).toBeNull();
    expect(rules.matchTrailing('glued:Screen reader support enabled.')).toBeNull();
    expect(rules.matchTrailing('Screen reader support enabled.')).toBeNull();
    expect(rules.matchLine('    Screen reader support enabled.')).toEqual({ rule: 3, reason: 'trailing-fragment' });
  });

  it('keep: names a line as description text, and drops nothing', () => {
    expect(rules.matchLine('Joint work with Acme')).toBeNull();
    expect(rules.matchKeep('    Joint work with Acme')).toEqual({ rule: 4, reason: 'description-text' });
  });

  it('counts the matches of every rule', () => {
    const counted = new FurnitureRules([rule('line', 'Contact Us'), rule('line', 'Never there')]);
    counted.matchLine('Contact Us');
    counted.matchLine('Contact Us');
    expect(counted.hits).toEqual([2, 0]);
  });
});

describe('blocks', () => {
  const newsletter: FurnitureRule = { kind: 'block', from: 'Stay in the *', to: 'Subscribe', reason: 'newsletter' };

  it('drop from a `from` line through the next `to` line', () => {
    const rules = new FurnitureRules([newsletter]);
    const texts = ['Talk', '', 'Stay in the stream', '', 'Once a month.', 'Email address', 'Subscribe', 'Next talk'];
    expect(findBlocks(texts, rules)).toEqual({ blocks: [{ rule: 0, reason: 'newsletter', start: 2, end: 6 }], open: [] });
    expect(rules.hits).toEqual([1]);
  });

  it('never cross a track heading, and say where a block never closes', () => {
    const rules = new FurnitureRules([newsletter]);
    expect(findBlocks(['Stay in the flow', 'Email address', null, 'Subscribe'], rules)).toEqual({ blocks: [], open: [{ rule: 0, index: 0 }] });
    expect(rules.hits).toEqual([0]);
  });

  it('run in linear time over many openings that never close', () => {
    const rules = new FurnitureRules([newsletter]);
    const texts = Array.from({ length: 100_000 }, () => 'Stay in the stream');
    expect(findBlocks(texts, rules).open).toHaveLength(100_000);
  });
});

describe('the rule schema', () => {
  it('takes one matcher and a kebab-case reason, and compiles the rule', () => {
    expect(FurnitureRuleSchema.parse({ line: 'Contact Us', reason: 'footer' })).toEqual({ kind: 'line', text: 'Contact Us', reason: 'footer' });
    expect(FurnitureRuleSchema.parse({ block: { from: 'Stay in the stream', to: 'Subscribe' }, reason: 'newsletter', note: 'The monthly banner.' })).toEqual({
      kind: 'block',
      from: 'Stay in the stream',
      to: 'Subscribe',
      reason: 'newsletter',
    });
  });

  it('refuses no matcher, two matchers, a pattern of only `*`, a free-text reason and unknown keys', () => {
    const issues = (value: unknown) => FurnitureRuleSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ reason: 'footer' })).toEqual(['A furniture rule needs one of line, startsWith, pattern, trailing, block or keep']);
    expect(issues({ line: 'a', startsWith: 'b', reason: 'footer' })).toEqual(['A furniture rule has one matcher, not line and startsWith']);
    expect(issues({ pattern: '* *', reason: 'footer' })).toEqual(['A pattern made only of "*" would match every line']);
    expect(issues({ line: 'Contact Us', reason: 'The contact block' })).toHaveLength(1);
    expect(issues({ regex: '^Contact', reason: 'footer' })).not.toEqual([]);
    expect(issues({ line: 'x'.repeat(301), reason: 'footer' })).not.toEqual([]);
  });
});

describe('the Kafka Summit series file', () => {
  // The frozen copy of content/series/kafka-summit.yaml (tests never read the live content/).
  const read = (root: string) => SeriesSchema.parse(parse(readFileSync(join(root, 'series', 'kafka-summit.yaml'), 'utf8')));

  it('says what furniture.ts used to say in code', () => {
    const rules = new FurnitureRules(read(SEED_CONTENT).furniture ?? []);
    const reason = (text: string) => rules.matchLine(text)?.reason ?? null;
    expect(reason('Ready to Talk to Us?')).toBe('footer');
    expect(reason('Have someone from Confluent contact you.')).toBe('footer');
    expect(reason('Contact Us')).toBe('footer');
    expect(reason('We use cookies to understand how you use our site')).toBe('cookie-notice');
    expect(reason('サイトのご利用状況を把握し、当サイトでは Cookie (クッキー) を使用しています。')).toBe('cookie-notice');
    expect(reason('Cookies are a Kafka topic name')).toBeNull();
    expect(reason('  • View Kafka Summit NYC 2019 Sessions')).toBe('promotion');
    expect(reason('Kafka Summit Sessions at Scale')).toBeNull();
    expect(rules.matchTrailing('come together. Request sent.')?.fragment).toBe('Request sent.');
    expect(rules.matchTrailing('throughput. Screen reader support enabled.')?.fragment).toBe('Screen reader support enabled.');
  });
});
