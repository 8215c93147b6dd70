/**
 * Synthetic Kafka Summit archives for the scale benchmark, in the real listing format.
 *
 * Deterministic: one small PRNG (mulberry32) seeded from a fixed seed and the session
 * count, so `generateArchive({ sessions: 5000 })` writes byte-identical files every time.
 * Never uses Math.random.
 *
 * What a generated archive looks like (mirrors the three seed listings):
 * - several summits (≈450 sessions each), 3–4 tracks per summit, ≈60–200 sessions a track,
 *   some summits with Japanese track headings (and the Japanese cookie notice);
 * - ≈60% untitled sessions (`• View Description` then the description), the rest titled,
 *   with a speaker line in the listings' separator variety (`&`, `and`, `,`, `;`, a missing
 *   space after a comma, job titles, `GmbH & Co. KG`, `Object Partners, Inc`, a company
 *   shared by several people, a speaker with no company, a lost comma before `Co.`);
 * - descriptions of 1–4 paragraphs with `•` and numbered item lines, run-in lists and
 *   trailing widget fragments (`Screen reader support enabled.`, `Request sent.`);
 * - page furniture: header lines, promotions of other summits, the contact block, cookie notice;
 *   the summits belong to the Kafka Summit series, whose file (a copy of
 *   content/series/kafka-summit.yaml) holds the furniture rules that drop it.
 *
 * Titles and description first sentences are unique per summit after slugging, checked
 * with the parser's own `slug`/`deriveTitle`, because session ids derive from them and a
 * duplicate id is a build error by design. Speakers come from a roster drawn from name
 * pools with a skewed popularity, so people recur across summits. The pools are filtered
 * so that no two roster names trip the likely-duplicate report (similar given names with
 * one surname, or surnames one letter apart), and every name reads as a person's name to
 * the speaker-line parser.
 *
 * CLI: node bench/generate.ts <sessions> <out-dir> [--seed <n>] [--verify]
 * (`--verify` parses every listing with the project's parser and compares the speakers.)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deriveTitle, displayTitleOf } from '../src/text/titles.ts';
import { parseListing } from '../src/parse/listing/parse-listing.ts';
import { SeriesSchema } from '../src/schemas/series.ts';
import { looksLikePersonName } from '../src/parse/listing/speaker-line.ts';
import { editDistance, similarGivenNames } from '../src/link/identity.ts';
import { normaliseName } from '../src/text/names.ts';
import { slug } from '../src/text/slug.ts';

export const DEFAULT_SEED = 0x5eed2020;

// ---------------------------------------------------------------------------------------
// PRNG

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [min, max], inclusive. */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A few distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
};

/** mulberry32: a tiny 32-bit PRNG with a good enough spread for test data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)]!,
    sample: (items, count) => {
      const pool = [...items];
      const out: Array<(typeof pool)[number]> = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(int(pool.length), 1)[0]!);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------
// Pools

const GIVEN_NAMES = `Aaliyah Abebe Adaeze Adrian Agnieszka Ahmed Aiko Akira Alejandro Alessandra Amara Ambrose
Anders Anjali Annika Antoine Aoife Arjun Astrid Aurelio Ayesha Babajide Balázs Barnaby Beatriz Benedikt Bhavna
Birgit Bogdan Bronwyn Caetano Camille Carmen Catalina Cedric Chidi Chinedu Chiara Cillian Clemens Cordelia Cosmin
Dagny Dalia Damián Daniela Dariusz Deepika Demetrius Desmond Dimitri Dolores Dorothea Duncan Eamon Eduardo
Efua Eleni Elif Emeka Emiliano Esther Eszter Everett Fabienne Farida Fatima Felipe Femi Fenna Fernando Fiona
Folake Francesca Frederik Gabriela Gareth Gaurav Genevieve Giacomo Gintaras Giulia Gordon Gunnar Gwendolyn
Hamid Hannelore Haruto Hector Helga Hiroshi Hyun-woo Ignacio Ilse Imogen Ingrid Ioana Isabel Ivan Jacinta Jamal
Jasper Javier Jelena Jorge Joaquim Jovana Julian Jurgen Kai Kalinda Kamala Karim Kasia Keiko Kenji Kirsten
Klaus Kofi Krisztina Kwame Lakshmi Laszlo Leilani Leopold Lorenzo Lucinda Ludmila Lwazi Magnus Malik Manon
Marisol Mateusz Maximilian Mehmet Meredith Miguel Mirela Moana Nadia Naledi Natasha Nikhil Niamh Nobuko Oksana
Olumide Orla Oskar Pablo Padma Parisa Pedro Philippa Pieter Priyanka Quentin Rafael Rashid Renata Ricardo
Rohan Roxana Rukmini Ruslan Sabine Saoirse Sebastian Selin Seo-yeon Shreya Sigrid Simone Siobhan Stellan
Sunita Svetlana Tadeusz Takumi Tatiana Teodora Thandiwe Theodore Tomasz Tobias Ugo Ulrike Valentina Vikram
Violetta Wanjiru Wilhelmina Wojciech Xiadani Ximena Yannick Yaw Yevgenia Yolanda Yusuf Zainab Zbigniew Zoltan`
  .split(/\s+/u)
  .filter(Boolean);

const SURNAMES = `Abara Achterberg Adeyemi Agarwal Alvarado Amundsen Andersson Araújo Ashworth Bakshi Balogun Banerjee
Barbosa Baumgartner Becquerel Bergström Bhattacharya Bianchi Blackwood Bogdanović Brandão Brennan Brockhaus
Cabrera Castellanos Chakraborty Chowdhury Ciobanu Colquhoun Constantinou Cunningham Dabrowski Dahlberg
Delacroix Desrosiers Dimitriou Dobrzański Dunleavy Eichhorn Ekström Esposito Fairweather Fernández Fitzgerald
Fjeldstad Fonseca Forsythe Fukuda Gallagher Garibaldi Gebremedhin Giordano Gonçalves Grünwald Gustafsson
Hadžić Halvorsen Hashemi Hayashi Hendricks Herrmann Hoffmeister Holmqvist Ibrahimović Ikeda Iwasaki Jablonski
Jankowski Jaramillo Jovanović Kaczmarek Kapoor Karlsson Kawasaki Kellerman Khatri Kirkpatrick Kobayashi
Kowalczyk Krishnamurthy Kuznetsova Lachance Lindqvist Lombardi Lundgren MacAllister Machado Makarova Malinowski
Marchetti Matsumoto Mbeki McAllister Mendonça Mirzaei Montgomery Mukherjee Nakamura Nascimento Nieminen
Novaković Nwachukwu Oberhauser Okonkwo Olafsson Ortiz Ostrowski Pacheco Papadakis Pellegrini Petrovska
Pfeiffer Quaresma Quintero Radcliffe Raghunathan Ramaswamy Rasmussen Ravensworth Rodrigues Rosenthal
Rutkowski Sakamoto Salvatore Santangelo Schwarzkopf Sekibo Shapiro Sigurdsson Silverstein Sokolov Stavropoulos
Steinberger Subramanian Szymański Takahashi Tanaka Teixeira Thorvaldsen Tiwari Toivonen Trivedi Uchenna
Umarov Vanterpool Vasquez Venkataraman Villanueva Vogelsang Wainwright Waszkiewicz Weatherby Whitfield
Wiśniewska Wojcik Yamaguchi Yeboah Yilmaz Zaragoza Zielinski Zimmermann Zuckerman`
  .split(/\s+/u)
  .filter(Boolean);

/** Companies, including the shapes that stress the speaker-line grammar. */
const COMPANIES = [
  'Confluent', 'Bloomberg', 'Expedia Group', 'Nuuly', 'Citigroup', 'Lowe\'s', 'Humana', 'Pinterest', 'Uber', 'ING',
  'IBM', 'IBM United Kingdom', 'Adobe', 'Unravel Data', 'Tesla', 'Centene', 'Object Partners, Inc',
  'Rudolf Baader GmbH & Co. KG', 'Knoldus Inc', 'Royal Caribbean Cruises International',
  'US Citizenship and Immigration Services', 'JP Morgan Chase', 'Rakuten Card Co.', 'Capital One', 'PayPal',
  'Comcast', 'DBS Bank', 'Activision', 'LinkedIn', 'Slack', 'Netflix', 'Shopify', 'Zalando', 'Spotify', 'Booking.com',
  'Deutsche Bahn', 'Audi', 'BMW Group', 'Siemens Healthineers', 'Nordea', 'Rabobank', 'Walmart Labs', 'Target',
  'Twitter', 'Yelp', 'Lyft', 'Airbnb', 'Salesforce', 'SAP', 'Red Hat', 'Microsoft', 'Google Cloud',
  'Amazon Web Services', 'Datadog', 'Grafana Labs', 'Elastic', 'MongoDB', 'Cloudera', 'Databricks', 'Snowflake',
  'Aiven', 'Instaclustr', 'StreamNative', 'Redpanda Data', 'Lenses.io', 'Strimzi', 'Optum', 'Kaiser Permanente',
  'Nationwide Building Society', 'Credit Suisse', 'Morgan Stanley', 'Goldman Sachs', 'Wells Fargo', 'Mercedes-Benz',
  'Bosch', 'Ericsson', 'Nokia', 'Vodafone', 'Telefónica', 'Orange', 'Rakuten', 'LINE Corporation', 'Mercari',
  'Grab', 'Gojek', 'Tokopedia', 'Flipkart', 'Swiggy', 'Zomato', 'Infosys', 'Wipro', 'Thoughtworks', 'Accenture',
  'Deloitte Consulting', 'NASA Jet Propulsion Laboratory', 'CERN', 'Vitality', 'Entelect / Discovery',
  'Kafka Streams in Action', 'Building Microservices', 'Acme Logistics LLC', 'Nordic Freight Systems AB',
  'Harbour & Pike Ltd.', 'Smith & Nephew', 'Procter & Gamble', 'AT&T',
];

/** Companies ending in a corporate suffix, for the lost-comma form (`A & B Rakuten Card Co.`). */
const SUFFIXED_COMPANIES = ['Rakuten Card Co.', 'Knoldus Inc', 'Acme Logistics LLC'];

const ROLES = [
  'Solutions Architect', 'Principal Engineer', 'Staff Software Engineer', 'Director of Engineering', 'Developer Advocate',
  'Head of Data Platform', 'Senior Consultant', 'Chief Technology Officer', 'Lead Developer', 'Data Scientist',
  'Engineering Manager', 'Product Owner Kafka', 'Distinguished Engineer', 'VP Engineering', 'Site Reliability Engineer',
];

const TECH = [
  'Apache Kafka', 'Kafka Streams', 'Kafka Connect', 'ksqlDB', 'MirrorMaker 2', 'Schema Registry', 'Confluent Cloud',
  'Tiered Storage', 'KRaft', 'exactly-once semantics', 'the consumer group protocol', 'static membership',
  'incremental rebalancing', 'change data capture', 'Debezium', 'Apache Flink', 'Apache Pinot', 'Apache Druid',
  'Kubernetes', 'Strimzi operators', 'Avro schemas', 'Protobuf', 'GraphQL subscriptions', 'event sourcing', 'CQRS',
  'the outbox pattern', 'stream-table joins', 'windowed aggregations', 'interactive queries', 'state stores',
  'RocksDB', 'compacted topics', 'transactional producers', 'idempotent producers', 'quotas', 'ACLs', 'mTLS',
  'OAuth', 'cross-region replication', 'cluster linking', 'the Admin API', 'Kafka on Kubernetes', 'serverless functions',
  'TensorFlow', 'feature stores', 'the data mesh', 'OpenTelemetry', 'Prometheus', 'Cruise Control', 'ZooKeeper',
];

const DOMAINS = [
  'payments', 'fraud detection', 'clickstream analytics', 'supply chain tracking', 'ride pricing', 'ad bidding',
  'telemetry from connected cars', 'patient records', 'trade settlement', 'inventory updates', 'game events',
  'smart meter readings', 'flight operations', 'loyalty points', 'customer notifications', 'log shipping',
  'sensor data from wind farms', 'parcel tracking', 'insurance claims', 'mobile app events', 'search indexing',
  'recommendations', 'content moderation', 'IoT device fleets', 'the order lifecycle', 'price feeds',
];

const GERUNDS = [
  'Scaling', 'Securing', 'Operating', 'Migrating', 'Testing', 'Monitoring', 'Tuning', 'Debugging', 'Designing',
  'Running', 'Replicating', 'Modelling', 'Evolving', 'Observing', 'Automating', 'Rebuilding', 'Taming',
  'Benchmarking', 'Partitioning', 'Streaming', 'Orchestrating', 'Hardening', 'Upgrading', 'Simplifying',
];

const ADJECTIVES = [
  'Resilient', 'Real-Time', 'Multi-Tenant', 'Self-Service', 'Global', 'Event-Driven', 'Cloud-Native', 'Serverless',
  'Fault-Tolerant', 'Low-Latency', 'Zero-Downtime', 'Secure', 'Observable', 'Elastic', 'Hybrid', 'Federated',
];

const SYSTEMS = [
  'Data Platform', 'Eventing Framework', 'Streaming Pipeline', 'Event Mesh', 'Analytics Stack', 'Message Bus',
  'Data Subscription Service', 'Feature Store', 'Audit Log', 'Notification Service', 'Search Index', 'Ledger',
  'Control Plane', 'Metrics Pipeline', 'Integration Hub', 'Digital Twin',
];

const LESSONS = [
  'Lessons Learned', 'War Stories', 'A Practical Guide', 'Patterns and Anti-Patterns', 'What We Got Wrong',
  'The Hard Parts', 'A Deep Dive', 'Myths and Facts', 'Tips and Tricks', 'Field Notes', 'A Retrospective',
];

const VERBS_PRESENT = [
  'processes', 'ingests', 'routes', 'enriches', 'replicates', 'aggregates', 'publishes', 'validates', 'archives',
  'correlates', 'deduplicates', 'streams',
];

const UNITS = ['million', 'billion', 'thousand', 'trillion'];

const EVENTS = ['events', 'messages', 'records', 'transactions', 'updates', 'requests', 'readings', 'changes'];

const PERIODS = ['a day', 'an hour', 'a second', 'a week', 'a month'];

// ---------------------------------------------------------------------------------------
// Roster

export interface Person {
  name: string;
  company: string;
  role: string | null;
}

/** Keep names, in order, that conflict with none kept before (greedy). */
function greedy(names: readonly string[], conflicts: (a: string, b: string) => boolean): string[] {
  const kept: string[] = [];
  for (const name of names) if (!kept.some((other) => conflicts(name, other))) kept.push(name);
  return kept;
}


const norm = (name: string) => normaliseName(name).split(' ');

/** Given names no two of which the duplicate report calls similar (same 3-letter start, or ≤ 2 edits). */
const givenPool = greedy(GIVEN_NAMES, (a, b) => similarGivenNames(norm(a)[0]!, norm(b)[0]!) || norm(a)[0] === norm(b)[0]);
/** Surnames at least two edits apart (the report flags one letter apart). */
const surnamePool = greedy(SURNAMES, (a, b) => {
  const x = norm(a).at(-1)!;
  const y = norm(b).at(-1)!;
  return x === y || editDistance(x, y) <= 1;
});

/** The pools' sizes after filtering, for the report. */
export const POOL_SIZES = { given: givenPool.length, surnames: surnamePool.length, companies: COMPANIES.length };

function makeRoster(random: Random, size: number): Person[] {
  const capacity = givenPool.length * surnamePool.length;
  if (size > capacity) throw new Error(`roster of ${size} exceeds the ${capacity} name combinations of the pools`);
  const used = new Set<string>();
  const roster: Person[] = [];
  while (roster.length < size) {
    const given = random.pick(givenPool);
    const surname = random.pick(surnamePool);
    const key = `${given} ${surname}`;
    if (used.has(key)) continue;
    used.add(key);
    // A middle initial now and then (`Matthias J. Sax`); fixed for the person.
    const initial = random.chance(0.05) ? ` ${String.fromCharCode(65 + random.int(26))}.` : '';
    const name = `${given}${initial} ${surname}`;
    if (!looksLikePersonName(name)) continue;
    roster.push({ name, company: random.pick(COMPANIES), role: random.chance(0.2) ? random.pick(ROLES) : null });
  }
  return roster;
}

/** A popular few speak often, most people once or twice (≈ Zipf). */
function pickSpeaker(random: Random, roster: readonly Person[]): Person {
  return roster[Math.floor(roster.length * random.next() ** 2.2)]!;
}

// ---------------------------------------------------------------------------------------
// Speaker lines

interface SpeakerLine {
  line: string;
  /** Names as the parser should read them, in order. */
  names: string[];
}

/**
 * `Company` or `Role, Company`. A role is never put before a company with a piece that
 * reads like a person's name (`…, Senior Consultant, Morgan Stanley; …`, `…, Principal
 * Engineer, US Citizenship and Immigration Services`): the speaker-line grammar takes such
 * a piece for the next speaker, so the generated speakers would not be the ones parsed.
 */
function affiliationOf(random: Random, person: Person, allowRole: boolean): string {
  const personLike = person.company.split(/\s*[,;]\s*| +& +| +and +/u).some((piece) => looksLikePersonName(piece));
  const role = allowRole && person.role && !personLike && random.chance(0.5);
  return role ? `${person.role}, ${person.company}` : person.company;
}

function speakerLine(random: Random, roster: readonly Person[]): SpeakerLine {
  const roll = random.next();
  const count = roll < 0.6 ? 1 : roll < 0.88 ? 2 : roll < 0.97 ? 3 : 4;
  const people: Person[] = [];
  while (people.length < count) {
    const person = pickSpeaker(random, roster);
    if (!people.includes(person)) people.push(person);
  }
  const names = people.map((person) => person.name);

  if (count === 1) {
    const person = people[0]!;
    const form = random.next();
    if (form < 0.05) return { line: person.name, names };
    if (form < 0.08) return { line: `${person.name},${person.company}`, names };
    return { line: `${person.name}, ${affiliationOf(random, person, true)}`, names };
  }

  const form = random.next();
  if (form < 0.25) {
    // One company shared by everyone: `Danica Fine & Ajay Vyasapeetam, Bloomberg`.
    const joiner = random.chance(0.7) ? ' & ' : ' and ';
    const company = random.pick(COMPANIES);
    if (count === 2 && random.chance(0.08)) {
      // The scrape lost the comma: `Arshal Ameen & Dhruval Shah Rakuten Card Co.`
      const [first, second] = people as [Person, Person];
      const plain = (person: Person) => person.name.split(' ').length === 2;
      if (plain(first) && plain(second)) return { line: `${first.name}${joiner}${second.name} ${random.pick(SUFFIXED_COMPANIES)}`, names };
    }
    return { line: `${names.join(joiner)}, ${company}`, names };
  }
  // Name-company pairs with a mix of separators.
  const separator = form < 0.6 ? ' & ' : form < 0.8 ? ' and ' : form < 0.95 ? '; ' : ', ';
  const parts = people.map((person, index) => {
    // The last speaker sometimes has no company (`Mickael Maison, IBM & Ryanne Dolan`).
    if (index === people.length - 1 && index > 0 && separator !== ', ' && random.chance(0.06)) return person.name;
    // No space after the comma now and then (`Boyang Chen,Confluent`).
    if (index === 0 && random.chance(0.04)) return `${person.name},${person.company}`;
    return `${person.name}, ${affiliationOf(random, person, separator === '; ')}`;
  });
  return { line: parts.join(separator), names };
}

// ---------------------------------------------------------------------------------------
// Titles and descriptions

function titleFor(random: Random, company: string): string {
  const tech = random.pick(TECH);
  const techTitle = tech.charAt(0).toUpperCase() + tech.slice(1);
  switch (random.int(9)) {
    case 0:
      return `${random.pick(GERUNDS)} ${techTitle} at ${company}`;
    case 1:
      return `${techTitle} in Production: ${random.pick(LESSONS)}`;
    case 2:
      return `How ${company} Built a ${random.pick(ADJECTIVES)} ${random.pick(SYSTEMS)} with ${techTitle}`;
    case 3:
      return `${random.between(3, 12)} Lessons from ${random.pick(GERUNDS)} ${techTitle} for ${random.pick(DOMAINS)}`;
    case 4:
      return `From Batch to Streams: ${company}'s Journey with ${techTitle}`;
    case 5:
      return `Building a ${random.pick(ADJECTIVES)} ${random.pick(SYSTEMS)} for ${random.pick(DOMAINS)}`;
    case 6:
      return `${techTitle} Meets ${random.pick(TECH)}: ${random.pick(LESSONS)}`;
    case 7:
      return `${random.pick(GERUNDS)} ${random.pick(DOMAINS)} with ${techTitle} at ${company}`;
    default:
      return `The ${random.pick(ADJECTIVES)} ${random.pick(SYSTEMS)}: ${random.pick(GERUNDS)} ${techTitle}`;
  }
}

/** A description's opening sentence: short enough to become the derived title whole. */
function openingSentence(random: Random, company: string): string {
  switch (random.int(5)) {
    case 0:
      return `${company} ${random.pick(VERBS_PRESENT)} ${random.between(2, 900)} ${random.pick(UNITS)} ${random.pick(EVENTS)} ${random.pick(PERIODS)} with ${random.pick(TECH)}.`;
    case 1:
      return `${random.pick(GERUNDS)} ${random.pick(TECH)} for ${random.pick(DOMAINS)} is harder than it looks.`;
    case 2:
      return `At ${company}, ${random.pick(TECH)} sits at the heart of ${random.pick(DOMAINS)}.`;
    case 3:
      return `What happens when ${random.pick(DOMAINS)} outgrow ${random.pick(TECH)}?`;
    default:
      return `This talk shows how ${company} moved ${random.pick(DOMAINS)} onto ${random.pick(TECH)}.`;
  }
}

function sentence(random: Random, company: string): string {
  const tech = random.pick(TECH);
  const other = random.pick(TECH);
  const domain = random.pick(DOMAINS);
  switch (random.int(16)) {
    case 0:
      return `We will show how ${tech} and ${other} work together to keep ${domain} consistent across data centers.`;
    case 1:
      return `It’s likely that your organization is doing more with ${domain} than ever before, and ${tech} is often where it starts.`;
    case 2:
      return `Along the way we hit problems with ${tech}: rebalances during deploys, lagging consumers and partitions that grew without bound.`;
    case 3:
      return `You will learn how to size clusters, pick partition counts and choose between ${tech} and ${other}.`;
    case 4:
      return `${company} now runs ${random.between(3, 400)} clusters and ${random.between(2, 90)},000 topics for ${domain}.`;
    case 5:
      return `In the first implementation, we used ${tech} to manage offsets and checkpoints, which did not survive a node failure.`;
    case 6:
      return `Gone are the days of end-of-day batch processes and static data locked in disparate silos.`;
    case 7:
      return `The patterns presented will enable you to confidently design and execute resilient applications with ${tech}.`;
    case 8:
      return `We’ll also talk about things that don't change - like great software design and architecture.`;
    case 9:
      return `Moving to ${tech} reduced the on-boarding time for ${domain} from several weeks to a few days.`;
    case 10:
      return `With event streaming as a managed service (Confluent Cloud*), we had no costly new hires to maintain our clusters.`;
    case 11:
      return `“How long does it take?” is the question every team asks, and the answer depends on ${other}.`;
    case 12:
      return `Latency dropped from ${random.between(2, 9)} hours to ${random.between(20, 900)} milliseconds at the 99th percentile.`;
    case 13:
      return `This session is a balanced combination of code examples, fully working demos and the theory behind ${tech}.`;
    case 14:
      return `Finally, we discuss what we would do differently and where ${tech} is heading next.`;
    default:
      return `Attendees will leave with a checklist for running ${tech} in production for ${domain}.`;
  }
}

function paragraph(random: Random, company: string, first?: string): string {
  const count = random.between(2, 6);
  const sentences = first ? [first] : [];
  while (sentences.length < count) sentences.push(sentence(random, company));
  return sentences.join(' ');
}

/** Description lines (without indent); blank strings are blank lines. */
function description(random: Random, company: string, opening: string): string[] {
  const lines: string[] = [paragraph(random, company, opening)];
  const paragraphs = random.between(0, 3);
  for (let index = 0; index < paragraphs; index += 1) {
    lines.push('');
    const kind = random.next();
    if (kind < 0.15) {
      lines.push(random.pick(['This talk will cover:', 'In this talk, we will present:', 'Here are the highlights:']));
      const items = random.between(3, 5);
      for (let item = 0; item < items; item += 1) lines.push(`• ${capitalise(sentence(random, company))}`);
    } else if (kind < 0.25) {
      lines.push(`Some of these ${random.pick(['apps', 'practices', 'steps', 'lessons'])} include:`);
      const items = random.between(3, 8);
      for (let item = 1; item <= items; item += 1) lines.push(`${item}. ${sentence(random, company)}`);
    } else if (kind < 0.3) {
      lines.push(
        `Among other things, we'll discuss: - ${random.pick(GERUNDS).toLowerCase()} ${random.pick(TECH)} - ${random.pick(GERUNDS).toLowerCase()} ${random.pick(DOMAINS)} - single large cluster or many small? After this session, you'll be able to avoid the common mistakes.`,
      );
    } else {
      lines.push(paragraph(random, company));
    }
  }
  const fragment = random.next();
  if (fragment < 0.06) lines[lines.length - 1] += ' Screen reader support enabled.';
  else if (fragment < 0.07) lines[lines.length - 1] += ' Request sent.';
  return lines;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------
// Summits

const CITIES = [
  'London', 'San Francisco', 'New York', 'Bengaluru', 'Berlin', 'Singapore', 'Austin', 'Tokyo', 'Paris',
  'Amsterdam', 'Sydney', 'Toronto', 'Chicago', 'Madrid', 'Stockholm', 'Seoul', 'Sao Paulo', 'Dublin', 'Munich',
];
const REGIONS = ['Americas', 'Europe', 'APAC'];
const TAGLINES = ['Event Streaming Everywhere', 'Set Your Data in Motion', 'The Streaming Decade', 'Real Time, All the Time'];

interface TrackDef {
  heading: string;
  name: string;
}

const TRACKS: TrackDef[] = [
  { heading: 'Core Kafka', name: 'Core Kafka' },
  { heading: 'Event-Driven Development', name: 'Event-Driven Development' },
  { heading: 'Stream Processing', name: 'Stream Processing' },
  { heading: 'Use Cases', name: 'Use Cases' },
  { heading: 'Operations', name: 'Operations' },
  { heading: 'Keynotes', name: 'Keynotes' },
  { heading: 'Breakouts', name: 'Breakouts' },
  { heading: 'Lightning', name: 'Lightning' },
  { heading: 'Data Pipelines', name: 'Data Pipelines' },
  { heading: 'Architecture', name: 'Architecture' },
];
const JAPANESE_TRACKS: TrackDef[] = [
  { heading: 'ストリーム処理', name: 'Stream Processing' },
  { heading: 'ユースケース', name: 'Use Cases' },
  { heading: '運用', name: 'Operations' },
];

const ENGLISH_COOKIES =
  'We use cookies to understand how you use our site and to improve your experience. Click here to learn more or change your cookie settings. By continuing to browse, you agree to our use of cookies.';
const JAPANESE_COOKIES =
  'サイトのご利用状況を把握しユーザーエクスペリエンスの改善へとつなげるため、当サイトでは Cookie (クッキー) を使用しています。Cookie についての詳細を確認するには、また Cookie 設定の変更をご希望の場合は、こちらをクリックしてください。閲覧を続行することにより、当社の Cookie 使用に同意されたものとみなされます。';

interface SummitPlan {
  id: string;
  name: string;
  year: number;
  city: string | null;
  tagline: string | null;
  japanese: boolean;
  tracks: Array<TrackDef & { size: number }>;
}

function planSummits(random: Random, sessions: number): SummitPlan[] {
  const count = Math.max(2, Math.round(sessions / 450));
  const weights = Array.from({ length: count }, () => 0.7 + 0.6 * random.next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const sizes = weights.map((weight) => Math.floor((sessions * weight) / total));
  sizes[sizes.length - 1] = sizes.at(-1)! + sessions - sizes.reduce((sum, size) => sum + size, 0);

  const used = new Set<string>();
  return sizes.map((size) => {
    let plan: Omit<SummitPlan, 'tracks' | 'japanese'>;
    do {
      const year = random.between(2016, 2025);
      if (random.chance(0.2)) {
        const region = random.pick(REGIONS);
        plan = { id: '', name: `Kafka Summit ${region} ${year}`, year, city: null, tagline: random.pick(TAGLINES) };
      } else {
        const city = random.pick(CITIES);
        plan = { id: '', name: `Kafka Summit ${city} ${year}`, year, city, tagline: null };
      }
      plan.id = slug(plan.name);
    } while (used.has(plan.id));
    used.add(plan.id);

    // 3 or 4 tracks, whichever keeps tracks nearer 60–200 sessions.
    const trackCount = size / 4 >= 60 && (size / 3 > 200 || random.chance(0.5)) ? 4 : 3;
    const japanese = plan.city !== null && random.chance(0.15);
    const defs = random.sample(TRACKS, trackCount);
    if (japanese) {
      // Like San Francisco 2019: two headings left in Japanese, English names kept.
      const swaps = random.sample(JAPANESE_TRACKS, 2);
      for (let index = 0; index < swaps.length; index += 1) {
        const swap = swaps[index]!;
        if (defs.some((def) => def.name === swap.name)) continue;
        defs[defs.length - 1 - index] = swap;
      }
    }
    const trackWeights = defs.map(() => 0.6 + 0.8 * random.next());
    const trackTotal = trackWeights.reduce((sum, weight) => sum + weight, 0);
    const trackSizes = trackWeights.map((weight) => Math.max(1, Math.floor((size * weight) / trackTotal)));
    trackSizes[trackSizes.length - 1] = trackSizes.at(-1)! + size - trackSizes.reduce((sum, value) => sum + value, 0);
    return { ...plan, japanese, tracks: defs.map((def, index) => ({ ...def, size: trackSizes[index]! })) };
  });
}

function summitYaml(plan: SummitPlan, seed: number): string {
  const quote = (value: string | null) => (value === null ? 'null' : JSON.stringify(value));
  return [
    `# Synthetic summit written by bench/generate.ts (seed ${seed}) for the scale benchmark.`,
    `name: ${quote(plan.name)}`,
    'series: kafka-summit',
    `year: ${plan.year}`,
    `city: ${quote(plan.city)}`,
    `tagline: ${quote(plan.tagline)}`,
    'tracks:',
    ...plan.tracks.flatMap((track) => [`  - heading: ${quote(track.heading)}`, `    name: ${quote(track.name)}`]),
    '',
  ].join('\n');
}

function headerLines(random: Random, plan: SummitPlan): string[] {
  if (plan.city === null) {
    return [
      'Project Metamorphosis: Unveiling the next-gen event streaming platformLearn More',
      '',
      `${plan.name}:`,
      plan.tagline ?? 'Event Streaming Everywhere',
      '',
      `View sessions and slides from ${plan.name}.`,
      '',
    ];
  }
  const lead = random.chance(0.5) ? 'View all the presentations from' : 'Get access to the presentations from';
  return [`Kafka Summit ${plan.city}`, '', `${lead} ${plan.name}.`, ''];
}

export interface ExpectedSession {
  summit: string;
  /** 1-based line of the session bullet in listing.txt. */
  line: number;
  title: string | null;
  speakers: string[];
}

export interface GeneratedArchive {
  dir: string;
  seed: number;
  summits: number;
  tracks: number;
  sessions: number;
  untitled: number;
  /** Distinct people named on speaker lines. */
  speakers: number;
  /** Listing bytes across summits. */
  listingBytes: number;
  expected: ExpectedSession[];
}

export interface GenerateOptions {
  /** Number of sessions across all summits. */
  sessions: number;
  /** The content folder to (re)create: `<dir>/summits/<id>/…` and `<dir>/speakers/aliases.yaml`. */
  dir: string;
  seed?: number;
  /**
   * Also write the seed archive's reviewed topic taxonomy and organization aliases
   * (`topics.yaml`, `organizations.yaml`, copied from tests/fixtures/seed-archive/), so the
   * archive has topic and organization pages as a real one does. Default true.
   */
  taxonomies?: boolean;
}

/** The series file of the real archive: its furniture rules are the ones generated listings need. */
const SERIES_FILE = new URL('../content/series/kafka-summit.yaml', import.meta.url);

/** The frozen seed archive's content folder, where the taxonomies come from. */
const SEED_CONTENT = fileURLToPath(new URL('../tests/fixtures/seed-archive/content/', import.meta.url));

/** Write a synthetic content folder; the folder is emptied first. */
export function generateArchive(options: GenerateOptions): GeneratedArchive {
  const seed = options.seed ?? DEFAULT_SEED;
  const random = mulberry32((seed ^ Math.imul(options.sessions, 0x9e3779b1)) >>> 0);
  const dir = resolve(options.dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'speakers'), { recursive: true });
  writeFileSync(
    join(dir, 'speakers', 'aliases.yaml'),
    '# Synthetic archive (bench/generate.ts): no alias decisions.\npeople: []\ndistinct: []\n',
  );
  mkdirSync(join(dir, 'series'), { recursive: true });
  writeFileSync(join(dir, 'series', 'kafka-summit.yaml'), readFileSync(SERIES_FILE));
  if (options.taxonomies ?? true) {
    for (const file of ['topics.yaml', 'organizations.yaml']) copyFileSync(join(SEED_CONTENT, file), join(dir, file));
  }

  const roster = makeRoster(random, Math.max(60, Math.round(options.sessions * 0.45)));
  const plans = planSummits(random, options.sessions);
  const expected: ExpectedSession[] = [];
  const people = new Set<string>();
  let listingBytes = 0;
  let untitled = 0;

  for (const plan of plans) {
    const lines: string[] = headerLines(random, plan);
    const ids = new Set<string>();
    /** A title or opening sentence whose id is new in this summit. */
    const unique = (make: () => string, idOf: (text: string) => string): string => {
      for (;;) {
        const text = make();
        const id = idOf(text);
        if (!ids.has(id)) {
          ids.add(id);
          return text;
        }
      }
    };
    for (const [trackIndex, track] of plan.tracks.entries()) {
      lines.push(track.heading, '');
      for (let index = 0; index < track.size; index += 1) {
        const company = random.pick(COMPANIES);
        const line = lines.length + 1;
        if (random.chance(0.6)) {
          untitled += 1;
          const opening = unique(
            () => openingSentence(random, company),
            (text) => slug(deriveTitle(text) ?? ''),
          );
          lines.push('  • View Description', '');
          for (const text of description(random, company, opening)) lines.push(text === '' ? '' : `    ${text}`);
          lines.push('');
          expected.push({ summit: plan.id, line, title: null, speakers: [] });
          continue;
        }
        const keynote = track.name === 'Keynotes' && random.chance(0.4);
        const title = unique(
          () => (keynote ? `${titleFor(random, company)} | ${plan.name} Keynote` : titleFor(random, company)),
          // The page names the archive strips: the summit's name and the series' name.
          (text) => slug(displayTitleOf(text, [plan.name, 'Kafka Summit'])),
        );
        const speakers = speakerLine(random, roster);
        for (const name of speakers.names) people.add(name);
        lines.push(`  • ${title}`, '', `    ${speakers.line}`, '');
        if (random.chance(0.95)) {
          lines.push('    View Description', '');
          // Titled sessions' descriptions open with any sentence; the title gives the id.
          for (const text of description(random, company, sentence(random, company))) lines.push(text === '' ? '' : `    ${text}`);
          lines.push('');
        }
        expected.push({ summit: plan.id, line, title, speakers: speakers.names });
      }
      if (trackIndex === plan.tracks.length - 1) {
        // Promotions of other summits close the last track, as on the real pages.
        for (const other of random.sample(plans.filter((candidate) => candidate !== plan), random.between(1, 2))) {
          lines.push(`  • View Kafka Summit ${other.city ?? other.name.replace(/^Kafka Summit /u, '')} Sessions`, '');
          lines.push(`    View the recordings and slides from ${other.name}.`, '', '    View Sessions');
        }
        lines.push('');
      }
    }
    lines.push('Ready to Talk to Us?', '', 'Have someone from Confluent contact you.', '', 'Contact Us', '');
    lines.push(plan.japanese ? JAPANESE_COOKIES : ENGLISH_COOKIES, '');

    const summitDir = join(dir, 'summits', plan.id);
    mkdirSync(summitDir, { recursive: true });
    const listing = lines.join('\n');
    listingBytes += Buffer.byteLength(listing);
    writeFileSync(join(summitDir, 'listing.txt'), listing);
    writeFileSync(join(summitDir, 'summit.yaml'), summitYaml(plan, seed));
  }

  return {
    dir,
    seed,
    summits: plans.length,
    tracks: plans.reduce((sum, plan) => sum + plan.tracks.length, 0),
    sessions: options.sessions,
    untitled,
    speakers: people.size,
    listingBytes,
    expected,
  };
}

export interface VerifyResult {
  sessions: number;
  /** Sessions whose parsed title or speaker names differ from what was generated. */
  mismatches: Array<{ summit: string; line: number; expected: string[]; parsed: string[] }>;
  /** Problems the parser reported (a text outside any session, a missing heading). */
  problems: number;
}

/** Parse each generated listing with the project's parser and compare titles and speakers. */
export async function verifyArchive(archive: GeneratedArchive): Promise<VerifyResult> {
  const { parse } = await import('yaml');
  const furniture = SeriesSchema.parse(parse(readFileSync(join(archive.dir, 'series', 'kafka-summit.yaml'), 'utf8'))).furniture ?? [];
  const bySummit = Map.groupBy(archive.expected, (entry) => entry.summit);
  const mismatches: VerifyResult['mismatches'] = [];
  let sessions = 0;
  let problems = 0;
  for (const [summit, expected] of bySummit) {
    const meta = parse(readFileSync(join(archive.dir, 'summits', summit, 'summit.yaml'), 'utf8')) as { tracks: TrackDef[] };
    const parsed = parseListing(readFileSync(join(archive.dir, 'summits', summit, 'listing.txt'), 'utf8'), {
      trackHeadings: meta.tracks.map((track) => track.heading),
      furniture,
    });
    problems += parsed.problems.length;
    sessions += parsed.sessions.length;
    const byLine = new Map(parsed.sessions.map((session) => [session.lines.start, session]));
    for (const entry of expected) {
      const session = byLine.get(entry.line);
      const names = session?.speakers.map((speaker) => speaker.name) ?? ['(no session)'];
      if (!session || session.title !== entry.title || names.join('|') !== entry.speakers.join('|')) {
        mismatches.push({ summit, line: entry.line, expected: entry.speakers, parsed: names });
      }
    }
  }
  return { sessions, mismatches, problems };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [countArg, dirArg] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const seedIndex = process.argv.indexOf('--seed');
  if (!countArg || !dirArg) {
    console.error('usage: node bench/generate.ts <sessions> <out-dir> [--seed <n>] [--verify]');
    process.exit(2);
  }
  const started = performance.now();
  const archive = generateArchive({
    sessions: Number(countArg),
    dir: dirArg,
    ...(seedIndex > 0 ? { seed: Number(process.argv[seedIndex + 1]) } : {}),
  });
  console.log(
    `wrote ${archive.dir}: ${archive.summits} summits, ${archive.tracks} tracks, ${archive.sessions} sessions (${archive.untitled} untitled), ${archive.speakers} speakers, ${(archive.listingBytes / 2 ** 20).toFixed(1)} MiB of listings in ${Math.round(performance.now() - started)} ms (pools: ${POOL_SIZES.given} given names, ${POOL_SIZES.surnames} surnames)`,
  );
  if (process.argv.includes('--verify')) {
    const result = await verifyArchive(archive);
    console.log(`parsed ${result.sessions} sessions, ${result.problems} problem(s), ${result.mismatches.length} speaker/title mismatch(es)`);
    for (const mismatch of result.mismatches.slice(0, 10)) console.log(`  ${mismatch.summit}:${mismatch.line} expected ${JSON.stringify(mismatch.expected)} parsed ${JSON.stringify(mismatch.parsed)}`);
  }
}
