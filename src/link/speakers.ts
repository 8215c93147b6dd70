/**
 * The `speakers` link stage: one record per person across all sessions and presentations,
 * named through identity (src/link/identity.ts) and optional profile files, with the
 * articles that name their talks.
 */
import type { SpeakerProfileInput, YamlInput } from '../read/snapshot.ts';
import type { Article, Presentation, Session, SessionSpeaker, Speaker } from '../schemas/records.ts';
import type { SpeakerAliases } from '../schemas/speaker-aliases.ts';
import { speakerId } from '../text/slug.ts';
import type { SpeakerResolver } from './identity.ts';

export interface SpeakersInput {
  sessions: readonly Session[];
  presentations: readonly Presentation[];
  articles: readonly Article[];
  profiles: readonly SpeakerProfileInput[];
  aliases: YamlInput<SpeakerAliases> | null;
  resolver: SpeakerResolver;
}

export function collectSpeakers({ sessions, presentations, articles, profiles, aliases, resolver }: SpeakersInput): Speaker[] {
  const byId = new Map<string, Speaker>();
  const profileById = new Map(profiles.map((profile) => [profile.id, profile]));
  const entryFor = (speaker: SessionSpeaker): Speaker => {
    let entry = byId.get(speaker.id);
    if (!entry) {
      const profile = profileById.get(speaker.id);
      entry = {
        id: speaker.id,
        name: speaker.name,
        aliases: [],
        affiliations: [],
        sessions: [],
        bio: profile?.bio.trim() || null,
        links: profile?.data.links ?? [],
        profile: profile?.file ?? null,
        presentations: [],
        mentionedIn: [],
      };
      byId.set(speaker.id, entry);
    }
    if (speaker.listedAs !== entry.name && !entry.aliases.includes(speaker.listedAs)) entry.aliases.push(speaker.listedAs);
    if (speaker.affiliation && !entry.affiliations.includes(speaker.affiliation)) entry.affiliations.push(speaker.affiliation);
    return entry;
  };
  for (const session of sessions) {
    for (const speaker of session.speakers) {
      const entry = entryFor(speaker);
      if (!entry.sessions.includes(session.id)) entry.sessions.push(session.id);
    }
  }
  for (const presentation of presentations) {
    for (const speaker of presentation.speakers) entryFor(speaker).presentations.push(presentation.id);
  }
  const sessionById = new Map(sessions.map((session) => [session.id, session]));
  for (const article of articles) {
    const named = new Set<string>();
    for (const mention of article.mentions) {
      named.add(resolver.resolve({ name: mention.speaker, affiliation: null, role: null }).id);
      if (mention.status === 'resolved') for (const speaker of sessionById.get(mention.session!)?.speakers ?? []) named.add(speaker.id);
    }
    for (const id of named) {
      const entry = byId.get(id);
      if (entry && !entry.mentionedIn.some((mention) => mention.article === article.id)) entry.mentionedIn.push({ article: article.id, title: article.title });
    }
  }
  // Spellings named in the reviewed alias file count as aliases even where this build's sources lack them.
  for (const person of aliases?.data.people ?? []) {
    const entry = byId.get(person.id ?? speakerId(person.name));
    if (!entry) continue;
    for (const alias of person.aliases) if (alias !== entry.name && !entry.aliases.includes(alias)) entry.aliases.push(alias);
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
