import { describe, expect, it } from 'vitest';
import { looksLikePersonName, parseSpeakerLine } from '../../src/parse/listing/speaker-line.ts';

const person = (name: string, affiliation: string | null = null, role: string | null = null) => ({ name, affiliation, role });

describe('parseSpeakerLine', () => {
  it('splits (name, company) pairs joined by " & "', () => {
    expect(parseSpeakerLine('Ravi Vankamamidi, Expedia & Chirag Dadia, Nuuly & Jun Rao, Confluent')).toEqual([
      person('Ravi Vankamamidi', 'Expedia'),
      person('Chirag Dadia', 'Nuuly'),
      person('Jun Rao', 'Confluent'),
    ]);
  });

  it('splits on " and "', () => {
    expect(parseSpeakerLine('Shivanath Babu, Unravel Data and Nate Snapp, Adobe')).toEqual([
      person('Shivanath Babu', 'Unravel Data'),
      person('Nate Snapp', 'Adobe'),
    ]);
  });

  it('splits on ", " between people (Cody Irwin, Google Cloud, Josh Treichel & …)', () => {
    expect(parseSpeakerLine('Cody Irwin, Google Cloud, Josh Treichel & Jeff Ferguson, Confluent')).toEqual([
      person('Cody Irwin', 'Google Cloud'),
      person('Josh Treichel', 'Confluent'),
      person('Jeff Ferguson', 'Confluent'),
    ]);
  });

  it('splits on ";" between groups, keeping a comma inside the second company', () => {
    expect(parseSpeakerLine('Bryan Zelle, Centene; Neil Buesing, Object Partners, Inc')).toEqual([
      person('Bryan Zelle', 'Centene'),
      person('Neil Buesing', 'Object Partners, Inc'),
    ]);
  });

  it('keeps "&" inside a company name', () => {
    expect(parseSpeakerLine('Stefan Freshe, Nordischer Maschinenbau Rudolf Baader GmbH & Co. KG')).toEqual([
      person('Stefan Freshe', 'Nordischer Maschinenbau Rudolf Baader GmbH & Co. KG'),
    ]);
  });

  it('keeps "," inside a company name', () => {
    expect(parseSpeakerLine('Neil Buesing, Object Partners, Inc')).toEqual([person('Neil Buesing', 'Object Partners, Inc')]);
  });

  it('keeps " and " inside a company name', () => {
    expect(parseSpeakerLine('Rob Brown & Robert Cole, US Citizenship and Immigration Services')).toEqual([
      person('Rob Brown', 'US Citizenship and Immigration Services'),
      person('Robert Cole', 'US Citizenship and Immigration Services'),
    ]);
  });

  it('separates a job title from the company', () => {
    expect(parseSpeakerLine('Jakub Korab, Solutions Architect, Confluent')).toEqual([
      person('Jakub Korab', 'Confluent', 'Solutions Architect'),
    ]);
  });

  it('shares one company between several people', () => {
    expect(parseSpeakerLine('Edoardo Comar and Mickael Maison, IBM')).toEqual([
      person('Edoardo Comar', 'IBM'),
      person('Mickael Maison', 'IBM'),
    ]);
    expect(parseSpeakerLine('Danica Fine & Ajay Vyasapeetam, Bloomberg')).toEqual([
      person('Danica Fine', 'Bloomberg'),
      person('Ajay Vyasapeetam', 'Bloomberg'),
    ]);
  });

  it('reads three speakers from two companies', () => {
    expect(
      parseSpeakerLine('Ramaraju Indukurir and Himani Arora, Knoldus Inc and Suresh Mulukaladu, Royal Caribbean Cruises International'),
    ).toEqual([
      person('Ramaraju Indukurir', 'Knoldus Inc'),
      person('Himani Arora', 'Knoldus Inc'),
      person('Suresh Mulukaladu', 'Royal Caribbean Cruises International'),
    ]);
  });

  it('repairs a missing comma before a company with a corporate suffix', () => {
    expect(parseSpeakerLine('Arshal Ameen & Dhruval Shah Rakuten Card Co.')).toEqual([
      person('Arshal Ameen', 'Rakuten Card Co.'),
      person('Dhruval Shah', 'Rakuten Card Co.'),
    ]);
  });

  it('accepts a missing space after a comma', () => {
    expect(parseSpeakerLine('Boyang Chen,Confluent & Liquan Pei, Pinterest')).toEqual([
      person('Boyang Chen', 'Confluent'),
      person('Liquan Pei', 'Pinterest'),
    ]);
  });

  it('accepts speakers with no company', () => {
    expect(parseSpeakerLine('Mickael Maison, IBM & Ryanne Dolan')).toEqual([person('Mickael Maison', 'IBM'), person('Ryanne Dolan')]);
    expect(parseSpeakerLine('Ryanne Dolan')).toEqual([person('Ryanne Dolan')]);
    expect(parseSpeakerLine('Jane Doe & John Roe')).toEqual([person('Jane Doe'), person('John Roe')]);
  });

  it('keeps initials, particles and long names whole', () => {
    expect(parseSpeakerLine('Israel Ekpo, Microsoft & Matthias J. Sax, Confluent & Nikolay Izhikov, Sberbank')).toEqual([
      person('Israel Ekpo', 'Microsoft'),
      person('Matthias J. Sax', 'Confluent'),
      person('Nikolay Izhikov', 'Sberbank'),
    ]);
    expect(parseSpeakerLine('Navinder Pal Singh Brar, Walmart Labs')).toEqual([person('Navinder Pal Singh Brar', 'Walmart Labs')]);
  });

  it('keeps a slash or an apostrophe inside an affiliation', () => {
    expect(parseSpeakerLine('Neil Adamson, Vitality and Jesse Leresche, Entelect / Discovery')).toEqual([
      person('Neil Adamson', 'Vitality'),
      person('Jesse Leresche', 'Entelect / Discovery'),
    ]);
    expect(parseSpeakerLine("Bhanu Solleti, Lowe's & Jun Rao, Confluent")).toEqual([person('Bhanu Solleti', "Lowe's"), person('Jun Rao', 'Confluent')]);
  });

  it('returns no speakers for an empty line', () => {
    expect(parseSpeakerLine('   ')).toEqual([]);
  });
});

describe('looksLikePersonName', () => {
  it.each(['Jun Rao', 'Matthias J. Sax', 'Navinder Pal Singh Brar', 'Will LaForest', 'Tyrel McQueen'])('"%s" is a name', (text) => {
    expect(looksLikePersonName(text)).toBe(true);
  });
  it.each(['Confluent', 'Immigration Services', 'Co. KG', 'Google Cloud', 'Inc', 'Solutions Architect', 'Knoldus Inc', 'Virtuslab/Tesco'])(
    '"%s" is not a name',
    (text) => {
      expect(looksLikePersonName(text)).toBe(false);
    },
  );
});
