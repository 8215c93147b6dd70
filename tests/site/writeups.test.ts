/**
 * The recap article and the meetup presentation in the built site: facts as the sources
 * state them, slides numbered as in the source with the footer removed, mentions linked
 * to the sessions they name (and back), and the speaker pages that join them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from '../support/dist.ts';
import { SITE_OUT } from '../support/paths.ts';

const page = (path: string) => load(join(SITE_OUT, path, 'index.html'));
const text = (value: string) => value.replace(/\s+/gu, ' ').trim();

describe('presentation page (seed 003)', () => {
  const $ = page('presentations/apache-kafka-event-streaming-platform');

  it('states title, event, city, month and year, and speaker as the source does', () => {
    expect($('h1').text()).toBe('Apache Kafka Event Streaming Platform');
    const facts = $('dl.facts dt').map((_, dt) => `${$(dt).text()} ${text($(dt).next('dd').text())}`).get().join(' | ');
    expect(facts).toContain('Speaker Viktor Gamov');
    expect(facts).toContain('Event Boston Apache Kafka® Meetup by Confluent');
    expect(facts).toContain('City Boston, MA, USA');
    expect(facts).toContain('When March 2019');
    expect($('dl.facts a').attr('href')).toBe('/summit-archive/speakers/viktor-gamov/');
  });

  it('lists the 57 slides in source order, numbered as in the source, gaps kept, with no footer left', () => {
    // Counted in tests/unit/presentation.test.ts from reading seed 003: lines 2–58, 51 numbered (1–55
    // without 3, 4, 25 and 38) and 6 unnumbered.
    const numbers = $('ol.slides .slide-number').map((_, element) => $(element).text()).get();
    expect(numbers).toHaveLength(57);
    expect(numbers.filter((label) => label === 'Unnumbered slide')).toHaveLength(6);
    const printed = numbers.filter((label) => label !== 'Unnumbered slide').map((label) => Number(label.replace('Slide ', '')));
    expect(printed).toEqual([...printed].sort((a, b) => a - b));
    expect(printed.filter((number) => [3, 4, 25, 38].includes(number))).toEqual([]);
    expect(text($('#slides').parent().find('p.meta').text())).toContain('The source has no slide 3, 4, 25, 38.');
    const slides = $('ol.slides .slide-text').map((_, element) => $(element).text()).get();
    for (const slide of slides) expect(slide).not.toMatch(/@ConfluentINc|\| #BostonKafka|#BostonKafka \|/u);
    expect(slides).toContain('A company is build on DATA FLOWS but All we have is DATA STORES');
  });

  it('keeps the abstract, the demo and resources lines, and each mention with its author, handle and date', () => {
    expect($('#abstract').parent().text()).toContain('Streaming platforms have emerged as a popular, new trend');
    expect(text($('#demos').parent().text())).toContain('KLyfft demo app demonstrated during the meetup');
    const mentions = $('#mentions').parent().find('figcaption').map((_, element) => text($(element).text())).get();
    expect(mentions).toEqual([
      '— Microsoft Developers (@DevBostonDotOrg), March 12, 2019',
      '— Microsoft Developers (@DevBostonDotOrg), March 12, 2019',
      '— Vinay Narayana ☁️ (@nvinay26), March 13, 2019',
      '— Microsoft Developers (@DevBostonDotOrg), March 12, 2019',
      '— Jacob Zweifel (@jacob_zweifel), March 13, 2019',
      '— raj-raj (@rajk_r), March 12, 2019',
      '— urayoan (@urayoan), March 12, 2019',
    ]);
    expect($('#mentions').parent().find('time').first().attr('datetime')).toBe('2019-03-12');
  });

  it('is on the speaker page and the home page', () => {
    const viktor = page('speakers/viktor-gamov');
    expect(viktor('#presentations').parent().find('a').attr('href')).toBe('/summit-archive/presentations/apache-kafka-event-streaming-platform/');
    expect(page('')('a[href="/summit-archive/presentations/apache-kafka-event-streaming-platform/"]')).toHaveLength(1);
  });
});

describe('article page (seed 002)', () => {
  const $ = page('articles/kafka-summit-the-key-takeaways');
  const links = () =>
    Object.fromEntries(
      $('.article-body h3').map((_, element) => [[text($(element).text()), $(element).find('a').attr('href') ?? null]]).get() as Array<[string, string | null]>,
    );

  it('keeps the text and headings, and links each talk that is in the archive to its session', () => {
    expect($('h1').text()).toBe('Kafka Summit: The Key Takeaways');
    expect($('.article-body h2').map((_, element) => $(element).text()).get()).toEqual([
      'Main observations',
      'Keynotes talks:',
      'Our Favourite Use Cases:',
      'Our Favourite User Practice:',
    ]);
    expect(links()).toEqual({
      'Kafka on Kubernetes: Keeping It Simple (Nikki Thean)': '/summit-archive/sessions/kafka-summit-san-francisco-2019/cloud-migration-its-practically-a-rite-of-passage-for-anyone/',
      'Mission-Critical, Real-Time Fault-Detection for NASA’s Deep Space Network using Apache Kafka (Rishi Verma)':
        '/summit-archive/sessions/kafka-summit-san-francisco-2019/nasas-deep-space-network-dsn-operates-spacecraft/',
      'Cross the Streams Thanks to Kafka and Flink (Christophe Philemotte)': null,
      'Please Upgrade Apache Kafka. Now. (Gwen Shapira)': '/summit-archive/sessions/kafka-summit-san-francisco-2019/please-upgrade-apache-kafka-now/',
    });
    expect($('.article-body').text()).toContain('30% of the talks were about the operations');
  });

  it('keeps "You can find the video … here." as text, never as a link that points nowhere', () => {
    const sentences = $('.article-body p').filter((_, element) => /^You can find the video/u.test($(element).text()));
    expect(sentences).toHaveLength(6);
    expect(sentences.find('a')).toHaveLength(0);
    for (const href of $('.article-body a').map((_, element) => $(element).attr('href')).get()) expect(href).toMatch(/^\/summit-archive\/sessions\//u);
  });

  it('lists every named talk with its status', () => {
    const rows = $('#named-talks').parent().find('tbody tr').map((_, row) => $(row).find('td').map((__, cell) => text($(cell).text())).get().join(' | ')).get();
    expect(rows).toEqual([
      'Kafka on Kubernetes: Keeping It Simple | Nikki Thean | in the archive',
      'Mission-Critical, Real-Time Fault-Detection for NASA’s Deep Space Network using Apache Kafka | Rishi Verma | in the archive',
      'Cross the Streams Thanks to Kafka and Flink | Christophe Philemotte | not in the archive',
      'Please Upgrade Apache Kafka. Now. | Gwen Shapira | in the archive',
    ]);
  });

  it('is listed as "Mentioned in" on the sessions and speaker pages it names', () => {
    const article = '/summit-archive/articles/kafka-summit-the-key-takeaways/';
    for (const session of ['please-upgrade-apache-kafka-now', 'nasas-deep-space-network-dsn-operates-spacecraft', 'cloud-migration-its-practically-a-rite-of-passage-for-anyone']) {
      expect(page(`sessions/kafka-summit-san-francisco-2019/${session}`)(`#mentioned-in ~ ul a[href="${article}"]`), session).toHaveLength(1);
    }
    for (const speaker of ['gwen-shapira', 'rishi-verma', 'nikki-thean']) expect(page(`speakers/${speaker}`)(`#mentioned-in ~ ul a[href="${article}"]`), speaker).toHaveLength(1);
  });

  it('the reviewed corrections record title and speaker with the article as provenance, and the session page shows both', () => {
    const $$ = page('sessions/kafka-summit-san-francisco-2019/nasas-deep-space-network-dsn-operates-spacecraft');
    expect($$('h1').text()).toBe('Mission-Critical, Real-Time Fault-Detection for NASA’s Deep Space Network using Apache Kafka');
    expect(text($$('dl.facts').text())).toContain('Rishi Verma (NASA Jet Propulsion Laboratory)');
    expect(text($$('aside.correction').text())).toContain('Source: Recap article "Kafka Summit: The Key Takeaways"');
  });
});
