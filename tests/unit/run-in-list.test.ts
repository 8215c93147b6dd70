import { describe, expect, it } from 'vitest';
import { findRunInList } from '../../src/parse/listing/run-in-list.ts';

describe('findRunInList', () => {
  it('splits dash items after a colon and ends the last item at the next sentence', () => {
    expect(findRunInList('We aim at: - making it fast - moving to real-time - serving users. Then more text.')).toEqual({
      lead: 'We aim at:',
      ordered: false,
      start: 1,
      items: ['making it fast', 'moving to real-time', 'serving users.'],
      tail: 'Then more text.',
    });
  });

  it('splits en-dash and asterisk items', () => {
    expect(findRunInList('Patterns for: – Scalable payments – Control flow')?.items).toEqual(['Scalable payments', 'Control flow']);
    expect(findRunInList('Like: * Survive a poison pill? * Validate data. After this, more.')?.items).toEqual(['Survive a poison pill?', 'Validate data.']);
  });

  it('splits numbered items in sequence', () => {
    expect(findRunInList('We focus on: 1. Why XR. 2. Architecture & schemas 3. Demo of a VR app.')).toEqual({
      lead: 'We focus on:',
      ordered: true,
      start: 1,
      items: ['Why XR.', 'Architecture & schemas', 'Demo of a VR app.'],
      tail: '',
    });
  });

  it('leaves dashes inside a sentence alone', () => {
    expect(findRunInList('KSQL has grown into ksqlDB - a production grade streaming system.')).toBeNull();
    expect(findRunInList('Debezium (noun) – Secret Sauce for Change Data Capture')).toBeNull();
  });

  it('needs at least two markers', () => {
    expect(findRunInList('One thing: - only this one.')).toBeNull();
  });
});
