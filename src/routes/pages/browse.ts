/** The browse pages that span summits: tracks across summits, organizations. */
import type { OrganizationRecord } from '../../schemas/records.ts';
import type { ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { sessionListItems, type SessionListItem } from '../session-list.ts';

export interface TracksPage {
  /** English track names A–Z, each with every summit's track of that name. */
  names: Array<{ name: string; tracks: Array<{ summit: string; heading: string; url: string; sessions: number }> }>;
}

export function tracksPage(data: ArchiveData, ctx: RouteContext): TracksPage {
  const byName = new Map<string, TracksPage['names'][number]['tracks']>();
  for (const summit of data.summits) {
    for (const track of summit.tracks) {
      byName.set(track.displayName, [...(byName.get(track.displayName) ?? []), { summit: summit.name, heading: track.name, url: ctx.urls.track(summit.id, track.id), sessions: track.sessions.length }]);
    }
  }
  return { names: [...byName.keys()].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, tracks: byName.get(name)! })) };
}

export interface OrganizationsPage {
  organizations: Array<{ name: string; url: string; sessions: number }>;
}

export function organizationsPage(data: ArchiveData, ctx: RouteContext): OrganizationsPage {
  return { organizations: data.organizations.map((organization) => ({ name: organization.name, url: ctx.urls.organization(organization.id), sessions: organization.sessions.length })) };
}

export interface OrganizationPage {
  organization: OrganizationRecord;
  organizationsUrl: string;
  items: SessionListItem[];
  people: Array<{ name: string; url: string }>;
}

export function organizationPaths(data: ArchiveData): Array<{ params: { organization: string } }> {
  return data.organizations.map((organization) => ({ params: { organization: organization.id } }));
}

export function organizationPage(data: ArchiveData, ctx: RouteContext, id: string): OrganizationPage {
  const organization = data.organizations.find((candidate) => candidate.id === id)!;
  return {
    organization,
    organizationsUrl: ctx.urls.organizations(),
    items: sessionListItems(organization.sessions, data, ctx, { showContext: true }),
    people: data.speakers.filter((speaker) => organization.people.includes(speaker.id)).map((speaker) => ({ name: speaker.name, url: ctx.urls.speaker(speaker.id) })),
  };
}
