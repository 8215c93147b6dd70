import { describe, expect, it } from 'vitest';
import { routeContext } from '../../src/routes/context.ts';
import { articleLd, jsonLdScript, sessionEvent, speakerPerson, summitEvent, type JsonLd } from '../../src/routes/json-ld.ts';
import { seedArchive } from '../support/seed.ts';

const SITE = 'https://summit-archive.github.io';
const archive = await seedArchive();
/** Records carry ids only; every address comes from the route context (base and site). */
const ctx = routeContext('/summit-archive/', SITE, archive.site.name);
const summit = (id: string) => archive.summits.find((s) => s.id === id) ?? (() => { throw new Error(id); })();
const session = (id: string) => archive.sessions.find((s) => s.id === id) ?? (() => { throw new Error(id); })();

/** Every `url` and `@id` anywhere in a JSON-LD tree. */
function links(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(links);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'url' || key === '@id' ? [value as string] : links(value)));
}

describe('summitEvent', () => {
  const london = summitEvent(summit('kafka-summit-london-2019'), archive.sessions.filter((s) => s.summit === 'kafka-summit-london-2019'), ctx);

  it('is an Event with name, absolute url, the city as a Place, and no invented date', () => {
    expect(london).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-london-2019/',
      name: 'Kafka Summit London 2019',
      url: 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-london-2019/',
      location: { '@type': 'Place', name: 'London', address: { '@type': 'PostalAddress', addressLocality: 'London' } },
    });
    expect(london).not.toHaveProperty('startDate');
    expect(london).not.toHaveProperty('eventAttendanceMode');
  });

  it('lists the 56 London sessions as subEvents, by reference to their own pages (which carry the performers)', () => {
    const subEvents = london.subEvent as JsonLd[];
    expect(subEvents).toHaveLength(56);
    const url = 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-london-2019/running-kafka-in-kubernetes-a-practical-guide/';
    expect(subEvents[0]).toEqual({ '@type': 'Event', '@id': url, name: 'Running Kafka in Kubernetes: A Practical Guide', url });
    for (const event of subEvents) expect(typeof event.name).toBe('string');
    for (const url of links(london)) expect(url).toMatch(/^https:\/\/summit-archive\.github\.io\/summit-archive\/(summits|sessions|speakers)\//u);
  });

  it('gives Kafka Summit 2020 its tagline and no location (its listing names no city)', () => {
    const ks2020 = summitEvent(summit('kafka-summit-2020'), [], ctx);
    expect(ks2020).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-2020/',
      name: 'Kafka Summit 2020',
      url: 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-2020/',
      description: 'Event Streaming Everywhere',
    });
  });
});

describe('sessionEvent', () => {
  it('describes the MirrorMaker 2 session with its performers and its summit as superEvent', () => {
    const mm2 = session('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
    const ld = sessionEvent(mm2, summit('kafka-summit-2020'), routeContext('/summit-archive/', `${SITE}/`, archive.site.name));
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
      name: 'Getting up to Speed with MirrorMaker 2',
      url: 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
      description: mm2.excerpt,
      performer: [
        { '@type': 'Person', '@id': 'https://summit-archive.github.io/summit-archive/speakers/mickael-maison/', name: 'Mickael Maison', url: 'https://summit-archive.github.io/summit-archive/speakers/mickael-maison/' },
        { '@type': 'Person', '@id': 'https://summit-archive.github.io/summit-archive/speakers/ryanne-dolan/', name: 'Ryanne Dolan', url: 'https://summit-archive.github.io/summit-archive/speakers/ryanne-dolan/' },
      ],
      superEvent: {
        '@type': 'Event',
        '@id': 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-2020/',
        name: 'Kafka Summit 2020',
        url: 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-2020/',
      },
    });
    expect(mm2.excerpt.startsWith('More and more Enterprises are relying on Apache Kafka')).toBe(true);
  });

  it('omits performer for a session the listing gives no speaker', () => {
    const untitled = session('kafka-summit-2020/developing-kafka');
    expect(sessionEvent(untitled, summit('kafka-summit-2020'), ctx)).not.toHaveProperty('performer');
  });

  it('builds every address from the ids under the one base of the context (records carry no URLs)', () => {
    const mm2 = session('kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2');
    expect(mm2).not.toHaveProperty('url');
    const atRoot = sessionEvent(mm2, summit('kafka-summit-2020'), routeContext('/', SITE, archive.site.name));
    expect(links(atRoot)).toEqual([
      'https://summit-archive.github.io/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
      'https://summit-archive.github.io/sessions/kafka-summit-2020/getting-up-to-speed-with-mirrormaker-2/',
      'https://summit-archive.github.io/speakers/mickael-maison/',
      'https://summit-archive.github.io/speakers/mickael-maison/',
      'https://summit-archive.github.io/speakers/ryanne-dolan/',
      'https://summit-archive.github.io/speakers/ryanne-dolan/',
      'https://summit-archive.github.io/summits/kafka-summit-2020/',
      'https://summit-archive.github.io/summits/kafka-summit-2020/',
    ]);
  });
});

describe('speakerPerson', () => {
  it('describes Kate Stanley with her alias, affiliations as written and three sessions', () => {
    const kate = archive.speakers.find((s) => s.id === 'kate-stanley');
    if (!kate) throw new Error('kate-stanley missing');
    expect(speakerPerson(kate, ctx)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': 'https://summit-archive.github.io/summit-archive/speakers/kate-stanley/',
      name: 'Kate Stanley',
      url: 'https://summit-archive.github.io/summit-archive/speakers/kate-stanley/',
      alternateName: ['Katherine Stanley'],
      affiliation: [
        { '@type': 'Organization', name: 'IBM United Kingdom' },
        { '@type': 'Organization', name: 'IBM UK' },
        { '@type': 'Organization', name: 'IBM' },
      ],
      performerIn: [
        'kafka-summit-london-2019/running-kafka-in-kubernetes-a-practical-guide',
        'kafka-summit-san-francisco-2019/kafka-connect-connector',
        'kafka-summit-2020/reacting-to-an-event-driven-world',
      ].map((id) => ({
        '@type': 'Event',
        '@id': `https://summit-archive.github.io/summit-archive/sessions/${id}/`,
        url: `https://summit-archive.github.io/summit-archive/sessions/${id}/`,
      })),
    });
  });
});

describe('articleLd', () => {
  it('is an Article with headline, absolute url, about the summit and mentioning sessions', () => {
    const ld = articleLd(
      {
        id: 'kafka-summit-the-key-takeaways',
        title: 'Kafka Summit: The Key Takeaways',
        summit: { id: 'kafka-summit-san-francisco-2019', name: 'Kafka Summit San Francisco 2019' },
        sessions: [{ id: 'kafka-summit-san-francisco-2019/kafka-needs-no-keeper', displayTitle: 'Kafka Needs No Keeper' }],
      },
      ctx,
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://summit-archive.github.io/summit-archive/articles/kafka-summit-the-key-takeaways/',
      headline: 'Kafka Summit: The Key Takeaways',
      url: 'https://summit-archive.github.io/summit-archive/articles/kafka-summit-the-key-takeaways/',
      mainEntityOfPage: 'https://summit-archive.github.io/summit-archive/articles/kafka-summit-the-key-takeaways/',
      about: [
        {
          '@type': 'Event',
          '@id': 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-san-francisco-2019/',
          name: 'Kafka Summit San Francisco 2019',
          url: 'https://summit-archive.github.io/summit-archive/summits/kafka-summit-san-francisco-2019/',
        },
      ],
      mentions: [
        {
          '@type': 'Event',
          '@id': 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-san-francisco-2019/kafka-needs-no-keeper/',
          name: 'Kafka Needs No Keeper',
          url: 'https://summit-archive.github.io/summit-archive/sessions/kafka-summit-san-francisco-2019/kafka-needs-no-keeper/',
        },
      ],
    });
  });
});

describe('jsonLdScript', () => {
  it('cannot be broken out of: no "<" survives, and the JSON value is unchanged', () => {
    const hostile = sessionEvent(
      { ...session('kafka-summit-2020/developing-kafka'), displayTitle: 'Streams </script><script>alert(1)</script> <!-- & more > less \u2028' },
      summit('kafka-summit-2020'),
      ctx,
    );
    const text = jsonLdScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(text).toContain('"name":"Streams \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 more \\u003e less \\u2028"');
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
