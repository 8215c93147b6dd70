import { describe, expect, it } from 'vitest';
import { SummitMetaSchema } from '../../src/schemas/summit-meta.ts';
import { formatMessage as formatIssue, githubAnnotation } from '../../src/messages/format.ts';
import { parseYamlFile } from '../../src/read/yaml.ts';

const FIELDS = 'name, year, city, tagline, listing, tracks';
const parse = (text: string) => parseYamlFile('content/summits/x/summit.yaml', text, SummitMetaSchema, FIELDS);
const valid = 'name: X 2020\nyear: 2020\ncity: null\ntracks:\n  - heading: A\n    name: A\n';

describe('parseYamlFile', () => {
  it('returns the validated data, with defaults', () => {
    const result = parse(valid);
    expect(result.ok && result.data).toEqual({ name: 'X 2020', year: 2020, city: null, tagline: null, listing: 'listing.txt', tracks: [{ heading: 'A', name: 'A' }] });
    expect(result.ok && result.locate(['tracks', 0, 'name'])).toEqual({ line: 6, column: 11 });
  });

  it('places a wrong type at the value, with found and expected', () => {
    const result = parse(valid.replace('year: 2020', 'year: "2020"'));
    expect(result.ok ? [] : result.issues.map((issue) => issue.toInit())).toEqual([
      {
        file: 'content/summits/x/summit.yaml',
        line: 2,
        column: 7,
        field: 'year',
        message: 'Wrong value for "year"',
        found: '"2020"',
        expected: 'a number',
        hint: 'Change this value to a number.',
      },
    ]);
  });

  it('places a missing field at its parent mapping', () => {
    const result = parse(valid.replace('    name: A\n', ''));
    expect(result.ok ? [] : result.issues.map((issue) => issue.toInit()).map((issue) => [issue.line, issue.column, issue.field, issue.message, issue.hint])).toEqual([
      [5, 5, 'tracks.0.name', 'Missing field "tracks.0.name"', 'Add "name:" here.'],
    ]);
  });

  it('places an unknown field at its key', () => {
    const result = parse(`${valid}contry: UK\n`);
    expect(result.ok ? [] : result.issues.map((issue) => issue.toInit()).map((issue) => [issue.line, issue.column, issue.field, issue.message])).toEqual([[7, 1, 'contry', 'Unknown field "contry"']]);
  });

  it('reports invalid YAML with its position', () => {
    const result = parse('name: [unclosed\nyear: 2020\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/^This is not valid YAML/u);
  });

  it('formats an issue for people and for GitHub annotations', () => {
    const result = parse(valid.replace('year: 2020', 'year: soon'));
    if (result.ok) throw new Error('expected an issue');
    expect(formatIssue(result.issues[0]!)).toBe(
      'content/summits/x/summit.yaml:2:7  Wrong value for "year"\n  field:    year\n  found:    "soon"\n  expected: a number\n  fix:      Change this value to a number.',
    );
    expect(githubAnnotation(result.issues[0]!)).toBe(
      '::error file=content/summits/x/summit.yaml,line=2,col=7,title=year::Wrong value for "year"%0Afield:    year%0Afound:    "soon"%0Aexpected: a number%0Afix:      Change this value to a number.',
    );
  });
});
