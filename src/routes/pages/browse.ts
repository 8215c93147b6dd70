/** The browse pages that span summits: tracks across summits, organizations. */
import type { OrganizationRecord } from '../../schemas/records.ts';
import { perArchive, type ArchiveData } from '../archive-data.ts';
import type { RouteContext } from '../context.ts';
import { PAGE_SIZE, pageCount, pageParam, pagerFor, pageSlice, type Pager } from '../pagination.ts';
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
  /** The sessions on this page. */
  items: SessionListItem[];
  /** The people on this page, A–Z. */
  people: Array<{ name: string; url: string }>;
  /**
   * Pages split both lists at once: page n shows the n-th slice of the sessions and of the
   * people (PAGE_SIZE.sessions and PAGE_SIZE.people a page), so either list may run out first.
   */
  pager: Pager;
  sessionsPager: Pager;
  peoplePager: Pager;
}

/** Pages an organization's page needs: as many as the longer of its two lists. */
function organizationPages(organization: OrganizationRecord): number {
  return Math.max(pageCount(organization.sessions.length, PAGE_SIZE.sessions), pageCount(organization.people.length, PAGE_SIZE.people));
}

export function organizationPaths(data: ArchiveData): Array<{ params: { organization: string; page: string | undefined } }> {
  return data.organizations.flatMap((organization) =>
    Array.from({ length: organizationPages(organization) }, (_, index) => ({ params: { organization: organization.id, page: pageParam(index + 1) } })),
  );
}

/** An organization's people A–Z, once per build: every page of the organization needs them. */
const organizationPeople = perArchive((data, id) => {
  const people = new Set(data.organizationById.get(id)!.people);
  // data.speakers is A–Z already: one pass keeps that order.
  return data.speakers.filter((speaker) => people.has(speaker.id));
});

export function organizationPage(data: ArchiveData, ctx: RouteContext, id: string, n = 1): OrganizationPage {
  const organization = data.organizationById.get(id)!;
  const url = ctx.urls.organization(organization.id);
  const everyone = organizationPeople(data, id);
  const pages = organizationPages(organization);
  // The pager counts pages, not items: one "item" per page.
  const pager = pagerFor(url, pages, 1, n);
  return {
    organization,
    organizationsUrl: ctx.urls.organizations(),
    items: sessionListItems(pageSlice(organization.sessions, PAGE_SIZE.sessions, n), data, ctx, { showContext: true }),
    people: pageSlice(everyone, PAGE_SIZE.people, n).map((speaker) => ({ name: speaker.name, url: ctx.urls.speaker(speaker.id) })),
    pager,
    sessionsPager: pagerFor(url, organization.sessions.length, PAGE_SIZE.sessions, Math.min(n, pageCount(organization.sessions.length, PAGE_SIZE.sessions))),
    peoplePager: pagerFor(url, everyone.length, PAGE_SIZE.people, Math.min(n, pageCount(everyone.length, PAGE_SIZE.people))),
  };
}
