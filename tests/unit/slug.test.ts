import { describe, expect, it } from 'vitest';
import { sessionId, slug, speakerId, trackId } from '../../src/text/slug.ts';

describe('slug', () => {
  it('transliterates and keeps product names whole', () => {
    expect(slug('Don’t Be Scared: Multi-Tenant Cluster Support at Scale')).toBe('dont-be-scared-multi-tenant-cluster-support-at-scale');
    expect(slug("Q&A with Lowe's")).toBe('q-and-a-with-lowes');
    expect(slug('Getting up to Speed with MirrorMaker 2')).toBe('getting-up-to-speed-with-mirrormaker-2');
    expect(slug('From Trickle to Flood with Kafka@ING')).toBe('from-trickle-to-flood-with-kafka-at-ing');
  });

  it('keeps the ASCII words of a mixed title, so existing ids never change', () => {
    expect(slug('Kafka Connect を使った Connector 構築で学んだこと')).toBe('kafka-connect-connector');
    expect(slug('Debezium (noun | dɪ-bɪ-ziam)')).toBe('debezium-noun-d-b-ziam');
  });

  it('transliterates scripts the library knows', () => {
    expect(slug('Zoë Ødegaard')).toBe('zoe-odegaard');
    expect(slug('Анна Петрова')).toBe('anna-petrova');
    expect(slug('Ελληνικά')).toBe('ellinika');
  });

  it('keeps text wholly in another script in that script, lower-cased and NFC', () => {
    expect(slug('ストリーム処理')).toBe('ストリーム処理');
    expect(slug('山田 太郎')).toBe('山田-太郎');
    expect(slug('김민준 박서연')).toBe('김민준-박서연');
    expect(slug('שלום עליכם')).toBe('שלום-עליכם');
    expect(slug('हिन्दी भाषा')).toBe('हिन्दी-भाषा');
    expect(slug('ストリーム処理')).toBe(slug('ストリーム処理'.normalize('NFD')));
  });

  it('gives different texts in other scripts different slugs', () => {
    expect(slug('山田太郎')).not.toBe(slug('李小龍'));
    expect(slug('ストリーム処理入門')).not.toBe(slug('ストリーム処理応用'));
  });

  it('cuts long slugs at a hyphen, at most 60 characters', () => {
    const long = slug('Humana is at the forefront of an industry-wide effort to improve health outcomes');
    expect(long).toBe('humana-is-at-the-forefront-of-an-industry-wide-effort-to');
    expect(long.length).toBeLessThanOrEqual(60);
  });
});

describe('ids', () => {
  it('prefixes session ids with the summit and never returns an empty slug', () => {
    expect(sessionId('kafka-summit-2020', 'Kafka for Kids')).toBe('kafka-summit-2020/kafka-for-kids');
    expect(sessionId('s', 'ストリーム')).toBe('s/ストリーム');
    expect(sessionId('s', '!!!')).toBe('s/session');
    expect(speakerId('Matthias J. Sax')).toBe('matthias-j-sax');
    expect(speakerId('山田太郎')).toBe('山田太郎');
    expect(speakerId('李小龍')).toBe('李小龍');
    expect(speakerId('😀')).not.toBe(speakerId('😎'));
    expect(trackId('Stream Processing')).toBe('stream-processing');
  });
});
