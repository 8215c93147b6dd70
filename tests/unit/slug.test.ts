import { describe, expect, it } from 'vitest';
import { sessionId, slug, speakerId, trackId } from '../../src/parser/slug.ts';

describe('slug', () => {
  it('transliterates and keeps product names whole', () => {
    expect(slug('Don’t Be Scared: Multi-Tenant Cluster Support at Scale')).toBe('dont-be-scared-multi-tenant-cluster-support-at-scale');
    expect(slug("Q&A with Lowe's")).toBe('q-and-a-with-lowes');
    expect(slug('Getting up to Speed with MirrorMaker 2')).toBe('getting-up-to-speed-with-mirrormaker-2');
    expect(slug('From Trickle to Flood with Kafka@ING')).toBe('from-trickle-to-flood-with-kafka-at-ing');
  });

  it('drops what cannot be transliterated (Japanese)', () => {
    expect(slug('Kafka Connect を使った Connector 構築で学んだこと')).toBe('kafka-connect-connector');
    expect(slug('ストリーム処理')).toBe('');
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
    expect(sessionId('s', 'ストリーム')).toBe('s/session');
    expect(speakerId('Matthias J. Sax')).toBe('matthias-j-sax');
    expect(trackId('Stream Processing')).toBe('stream-processing');
  });
});
