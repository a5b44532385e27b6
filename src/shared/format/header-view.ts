import type { Icp } from '../icp-schema';
import type { IcpSummary } from '../ipc-contract';
import { expiryLabel, expiryOf, type Expiry } from './expiry';
import { formatNumber } from './numbers';
import { exactTime, relativeTime } from './relative-time';

/** What the detail header shows; available from the list's summary before the detail arrives. */
export interface HeaderModel {
  id: string;
  name: string;
  description: string | null;
  activeUntil: string | null;
  /** Known once the detail arrived: the list's summary leaves it out. */
  createdAt: string | null;
  updatedAt: string;
  leadsPerList: number;
  /** Known once the detail arrived; the summary only has the count. */
  userIds: string[] | null;
  userCount: number;
}

export function headerFromIcp(icp: Icp): HeaderModel {
  return {
    id: icp.id,
    name: icp.name,
    description: icp.description,
    activeUntil: icp.activeUntil,
    createdAt: icp.createdAt,
    updatedAt: icp.updatedAt,
    leadsPerList: icp.leadsPerList,
    userIds: icp.userIds,
    userCount: icp.userIds.length,
  };
}

export function headerFromSummary(summary: IcpSummary): HeaderModel {
  return {
    id: summary.id,
    name: summary.name,
    description: summary.description,
    activeUntil: summary.activeUntil,
    createdAt: null,
    updatedAt: summary.updatedAt,
    leadsPerList: summary.leadsPerList,
    userIds: null,
    userCount: summary.userCount,
  };
}

/** Where the clock and the zone come from; the zone defaults to the user's own. */
export interface ViewClock {
  now: Date;
  /** An IANA zone for exact times ("Europe/Berlin"); relative wording uses the process's zone. */
  timeZone?: string;
}

export const NO_DESCRIPTION = 'No description';

/** The expiry badge: its words, its state (the colour) and the exact end in its title. */
export interface ExpiryView {
  state: Expiry['state'];
  label: string;
  title: string;
}

export function expiryView(activeUntil: string | null, clock: ViewClock): ExpiryView {
  const expiry = expiryOf(activeUntil, clock.now);
  const title = activeUntil === null ? 'This ICP never expires' : `Active until ${exactTime(activeUntil, undefined, clock.timeZone)}`;
  return { state: expiry.state, label: expiryLabel(expiry), title };
}

export type FactValue =
  | { kind: 'text'; text: string }
  /** Relative wording, the exact instant beside it (the detail puts it in a hover title). */
  | { kind: 'time'; iso: string; text: string; exact: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'chips'; label: string; values: string[] };

export interface FactView {
  label: string;
  /** The ICP field it shows, where the Checks section points to it (none for the dates). */
  field?: string;
  /** Takes a whole row (lists of user IDs). */
  wide: boolean;
  value: FactValue;
}

/** Leads per list, end date, dates and users, as the detail header lists them. */
export function headerFacts(model: HeaderModel, clock: ViewClock): FactView[] {
  const time = (iso: string): FactValue => ({
    kind: 'time',
    iso,
    text: relativeTime(iso, clock.now),
    exact: exactTime(iso, undefined, clock.timeZone),
  });
  const count = model.userCount;
  const users: FactValue =
    model.userIds === null
      ? { kind: 'text', text: `${formatNumber(count)} ${count === 1 ? 'user' : 'users'}` }
      : model.userIds.length === 0
        ? { kind: 'placeholder', text: 'Nobody' }
        : { kind: 'chips', label: 'User IDs', values: model.userIds };
  return [
    { label: 'Leads per list', field: 'leadsPerList', wide: false, value: { kind: 'text', text: formatNumber(model.leadsPerList) } },
    {
      label: 'Active until',
      field: 'activeUntil',
      wide: false,
      value: { kind: 'text', text: model.activeUntil ? exactTime(model.activeUntil, undefined, clock.timeZone) : 'No end date' },
    },
    { label: 'Created', wide: false, value: model.createdAt === null ? { kind: 'placeholder', text: '…' } : time(model.createdAt) },
    { label: 'Last updated', wide: false, value: time(model.updatedAt) },
    { label: count === 1 ? 'User' : `Users (${formatNumber(count)})`, field: 'userIds', wide: true, value: users },
  ];
}
