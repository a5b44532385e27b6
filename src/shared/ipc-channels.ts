/*
 * The names of the IPC channels and events. Kept apart from ipc-contract.ts (which maps each name
 * to its zod schemas and must list exactly these, checked by `satisfies`) so the sandboxed preload
 * can enumerate them without bundling zod.
 */

export const CHANNELS = [
  'session:status',
  'session:signIn',
  'session:signInDemo',
  'session:signOut',
  'accounts:list',
  'accounts:add',
  'accounts:addDemo',
  'accounts:switch',
  'accounts:remove',
  'accounts:reauth',
  'accounts:rename',
  'icps:list',
  'icps:searchTexts',
  'icps:get',
  'offline:sync',
  'offline:cancel',
  'export:save',
  'export:copy',
  'links:take',
  'view:get',
  'view:save',
  'checks:summaries',
  'checks:icp',
  'checks:overview',
  'checks:pairs',
  'checks:coverage',
  'checks:ids',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENTS = ['offline:progress', 'menu:command', 'export:progress', 'links:arrived'] as const;
export type EventName = (typeof EVENTS)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
export const isChannel = (name: string): name is Channel => channelSet.has(name);

/** Events travel on their own prefixed channels so they can never be confused with requests. */
export const IPC_EVENT_PREFIX = 'event:';
