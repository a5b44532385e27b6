import * as z from 'zod';
import { CopyFormat, ExportOutcome, ExportProgress, SaveFormat } from './export/export-contract';
import { Account, AccountId, AccountLabel, AccountList } from './accounts/account-schema';
import { HistoryMarks, IcpVersions } from './history/history-schema';
import { Icp, IcpId } from './icp-schema';
import { LinkOutcome } from './links/link-outcome';
import { type Channel, type EventName } from './ipc-channels';
import { RefusedDetail, RefusedStatus } from './offline/refused-details';
import { SyncFailure } from './offline/sync-report';
import { SORT_KEYS } from './sort-keys';
import { resultSchema, type Result } from './result';
import {
  CheckCounts,
  CheckSummaries,
  CoverageRequest,
  CoverageView,
  IcpChecks,
  PairsPage,
  PairsRequest,
  ReviewOverview,
  ReviewSelection,
} from './checks/checks-contract';

/*
 * The only list of what crosses the process boundary. The preload, main's ipc bridge, the web
 * test host and the renderer's bridge all iterate this map, so a new channel is one entry here.
 * Requests are strict objects with bounded strings: main refuses anything else before it does
 * any work, and answers a `badRequest` error instead of throwing.
 */

const MAX_URL = 2048;
const MAX_TOKEN = 4096;
/** The largest account the app is built for, with room to spare. */
const MAX_IDS = 200_000;

const noArgs = z.strictObject({});

const BaseUrl = z.string().trim().min(1, 'Enter the API base URL').max(MAX_URL, 'The URL is too long');
/**
 * Tokens are printable ASCII without spaces: anything else (a line break pasted with it, say)
 * cannot travel in an HTTP header and used to end as a misleading "Could not reach".
 */
export const ApiToken = z
  .string()
  .trim()
  .min(1, 'Enter your API token')
  .max(MAX_TOKEN, 'The token is too long')
  .regex(/^[\x21-\x7e]+$/, 'The token can only hold printable ASCII characters, without spaces or line breaks');

export const SessionStatus = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('signedOut'),
    /** Kept so "sign in again" can prefill it; never the token. */
    lastBaseUrl: z.string().nullable(),
  }),
  z.object({
    state: z.literal('signedIn'),
    /** The API the open account talks to (for the demo workspace: its server inside the app). */
    baseUrl: z.string(),
    demo: z.boolean(),
    /** The open account. */
    account: Account,
  }),
]);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const DataSource = z.enum(['network', 'cache']);
export type DataSource = z.infer<typeof DataSource>;

/** One search of a criterion, as the list shows it ("baseProvider · person"). */
const CriterionSummary = z.object({
  provider: z.string(),
  type: z.string(),
  legacy: z.boolean(),
});

const summaryFields = {
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  updatedAt: z.string(),
  activeUntil: z.string().nullable(),
  leadsPerList: z.number(),
  userCount: z.number(),
  criteria: z.array(CriterionSummary),
  customFilterTypes: z.array(z.string()),
  hasCrmFilters: z.boolean(),
};

/**
 * What the list needs of one ICP, as the renderer holds it. Details travel on demand (icps:get),
 * which keeps the list payload a fraction of the API's.
 */
export const IcpSummary = z.object({
  ...summaryFields,
  /** A copy of the full ICP is on this computer (the list's or its own): it opens offline. */
  offline: z.boolean(),
  /** The server refused its details (403) or did not find them (404) while the list still has it. */
  refused: RefusedStatus.nullable(),
  /** Counts of its findings, once the checks worker has reviewed the list (checks:summaries). */
  checks: CheckCounts.optional(),
});
export type IcpSummary = z.infer<typeof IcpSummary>;

/** A summary as main makes it: whether it is available offline is known only when sent. */
export const IcpSummaryBase = z.object(summaryFields);
export type IcpSummaryBase = z.infer<typeof IcpSummaryBase>;

type ColumnShape<S extends Record<string, z.ZodType>> = { [K in keyof S]: z.ZodArray<S[K]> };
const columnsOf = <S extends Record<string, z.ZodType>>(shape: S) =>
  z.object(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, z.array(field)])) as ColumnShape<S>);

/**
 * The list's summaries as they travel and are cached: one array per field, entry i of each for
 * the i-th ICP (see summary-columns.ts). The keys of 10,000 objects were a third of the bytes,
 * and arrays of plain values are the fastest JSON to read and write.
 */
export const IcpSummaryColumns = columnsOf(summaryFields);
export type IcpSummaryColumns = z.infer<typeof IcpSummaryColumns>;

export const ListWarning = z.object({
  index: z.number(),
  id: z.string().optional(),
  field: z.string(),
  message: z.string(),
});
export type ListWarning = z.infer<typeof ListWarning>;

export const IcpListPage = z.object({
  columns: IcpSummaryColumns,
  /**
   * The list itself is saved on this computer: every ICP in it opens offline with the copy the
   * list carried (the API's list items are complete ICPs).
   */
  listSaved: z.boolean(),
  /** Ids (lower case) whose own detail is saved too (fetched after, or beside, a list). */
  offlineIds: z.array(z.string()),
  /** Listed ICPs whose details the server refused or did not find (see offline/refused-details.ts). */
  refused: z.array(RefusedDetail),
  /** ICPs the API sent that failed validation and were left out. */
  warnings: z.array(ListWarning),
  source: DataSource,
  /** When this copy came from the API; null when there is no copy yet. */
  fetchedAt: z.string().nullable(),
});
export type IcpListPage = z.infer<typeof IcpListPage>;

/**
 * The search texts of main's current list, apart from the list itself: they are as big as the
 * rest of the summaries together, and the list can be painted before they arrive. Parallel
 * arrays, one entry per ICP, matched to the list's rows by id.
 */
export const SearchTexts = z.object({
  ids: z.array(z.string()),
  /** Every searchable string of the ICP, normalized for case- and accent-insensitive search. */
  texts: z.array(z.string()),
  /** Which characters start a word of each text (see search/word-start-mask.ts). */
  wordStarts: z.array(z.number().int()),
});
export type SearchTexts = z.infer<typeof SearchTexts>;

export const IcpDetail = z.object({
  icp: Icp,
  source: DataSource,
  fetchedAt: z.string(),
});
export type IcpDetail = z.infer<typeof IcpDetail>;

export const SyncProgress = z.object({
  done: z.number(),
  total: z.number(),
  failed: z.number(),
});
export type SyncProgress = z.infer<typeof SyncProgress>;

export const SyncOutcome = SyncProgress.extend({
  cancelled: z.boolean(),
  /** Each ICP whose details could not be fetched or saved, and why (see offline/sync-report.ts). */
  failures: z.array(SyncFailure),
});
export type SyncOutcome = z.infer<typeof SyncOutcome>;

export const SortKey = z.enum(SORT_KEYS);
export type SortKey = z.infer<typeof SortKey>;

export const ExpiryFilter = z.enum(['active', 'expiring', 'expired', 'noExpiry']);
export type ExpiryFilter = z.infer<typeof ExpiryFilter>;

export const CheckChip = z.enum(['problems', 'warnings', 'overlaps']);
export type CheckChip = z.infer<typeof CheckChip>;

/** How the user left the list: restored on the next start. Never holds secrets. */
export const ListView = z.strictObject({
  search: z.string().max(500),
  sort: SortKey,
  expiry: z.array(ExpiryFilter).max(4),
  searchTypes: z.array(z.enum(['person', 'company'])).max(2),
  customFilterTypes: z.array(z.string().max(100)).max(50),
  hasCrmFilters: z.boolean(),
  offlineOnly: z.boolean(),
  /** The history's chips: never reviewed, changed since review. Optional: views saved before it still read. */
  review: z
    .array(z.enum(['new', 'changed']))
    .max(2)
    .optional(),
  /** ICPs with problems / warnings / overlaps (ORed, like the other chip groups). */
  checks: z.array(CheckChip).max(3).optional(),
  /** The ICPs behind one Review entry (a rule, a coverage cell); not saved (see view-actions.ts). */
  focus: z
    .object({ label: z.string().max(500), ids: z.array(z.string().max(100)).max(MAX_IDS) })
    .nullable()
    .optional(),
});
export type ListView = z.infer<typeof ListView>;

const ids = z.array(IcpId).min(1, 'Choose at least one ICP').max(MAX_IDS);

export const ipcContract = {
  'session:status': { request: noArgs, response: resultSchema(SessionStatus) },
  /** The sign-in screen's words for accounts:add, accounts:addDemo and removing the open account. */
  'session:signIn': {
    request: z.strictObject({ baseUrl: BaseUrl, token: ApiToken }),
    response: resultSchema(SessionStatus),
  },
  'session:signInDemo': { request: noArgs, response: resultSchema(SessionStatus) },
  'session:signOut': { request: noArgs, response: resultSchema(SessionStatus) },
  /** The menu's list; never touches the keychain or the network. */
  'accounts:list': { request: noArgs, response: resultSchema(AccountList) },
  /** Verifies the token with a list call, keeps it in the keychain, and opens the new account. */
  'accounts:add': {
    request: z.strictObject({ baseUrl: BaseUrl, token: ApiToken, label: AccountLabel.optional() }),
    response: resultSchema(SessionStatus),
  },
  /** Opens the demo workspace, adding it first if it is not in the list. */
  'accounts:addDemo': { request: noArgs, response: resultSchema(SessionStatus) },
  /** Opens another account: its cached list is ready at once (icps:list from the cache). */
  'accounts:switch': { request: z.strictObject({ id: AccountId }), response: resultSchema(SessionStatus) },
  /** Deletes the account's keychain entry and folder; if it was open, the next one in the list opens. */
  'accounts:remove': { request: z.strictObject({ id: AccountId }), response: resultSchema(SessionStatus) },
  /** A new token for an account (after a 401): verified, then it replaces the old one; the account opens. */
  'accounts:reauth': { request: z.strictObject({ id: AccountId, token: ApiToken }), response: resultSchema(SessionStatus) },
  /** A new label for an account (empty: its host again); nothing else changes. */
  'accounts:rename': {
    request: z.strictObject({ id: AccountId, label: AccountLabel }),
    response: resultSchema(AccountList),
  },
  'icps:list': {
    request: z.strictObject({ source: DataSource }),
    response: resultSchema(IcpListPage),
  },
  'icps:searchTexts': { request: noArgs, response: resultSchema(SearchTexts) },
  'icps:get': {
    request: z.strictObject({ id: IcpId, source: DataSource }),
    /** null: asked for the cached copy and there is none. */
    response: resultSchema(IcpDetail.nullable()),
  },
  'offline:sync': { request: noArgs, response: resultSchema(SyncOutcome) },
  'offline:cancel': { request: noArgs, response: resultSchema(z.object({ cancelled: z.boolean() })) },
  'export:save': { request: z.strictObject({ ids, format: SaveFormat }), response: resultSchema(ExportOutcome) },
  'export:copy': {
    request: z.strictObject({ ids, format: CopyFormat }),
    response: resultSchema(z.object({ count: z.number() })),
  },
  'links:take': { request: noArgs, response: resultSchema(LinkOutcome.nullable()) },
  'view:get': { request: noArgs, response: resultSchema(ListView.nullable()) },
  'view:save': { request: z.strictObject({ view: ListView }), response: resultSchema(z.object({})) },
  // The local history (src/main/history): what the list marks, review marks, one ICP's versions.
  'history:marks': { request: noArgs, response: resultSchema(HistoryMarks) },
  'history:markReviewed': {
    request: z.strictObject({ ids }),
    /** `unknown`: ids the history has never seen (nothing to mark). */
    response: resultSchema(z.object({ marked: z.array(IcpId), unknown: z.array(z.string()) })),
  },
  'history:dismissRemoved': { request: z.strictObject({ ids }), response: resultSchema(z.object({ dismissed: z.array(IcpId) })) },
  'history:versions': { request: z.strictObject({ id: IcpId }), response: resultSchema(IcpVersions) },
  'history:exportVersion': {
    request: z.strictObject({ id: IcpId, seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) }),
    response: resultSchema(ExportOutcome),
  },
  'checks:summaries': { request: noArgs, response: resultSchema(CheckSummaries) },
  'checks:icp': { request: z.strictObject({ id: IcpId }), response: resultSchema(IcpChecks) },
  'checks:overview': { request: noArgs, response: resultSchema(ReviewOverview) },
  'checks:pairs': { request: PairsRequest, response: resultSchema(PairsPage) },
  'checks:coverage': { request: CoverageRequest, response: resultSchema(CoverageView) },
  'checks:ids': { request: z.strictObject({ selection: ReviewSelection }), response: resultSchema(z.array(z.string())) },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** What the app menu asks the renderer to do (the same actions have buttons and shortcuts). */
export const MenuCommand = z.enum([
  'refresh',
  'signOut',
  'makeAvailableOffline',
  'exportAll',
  'showShortcuts',
  'focusSearch',
  'addAccount',
  'switchAccount',
  'openReview',
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/**
 * Pushed from main to the renderer: the payload of each event, as the channels' schemas above.
 * @public Only their types are used today; the schemas are the contract.
 */
export const ipcEvents = {
  'offline:progress': SyncProgress,
  /** `account`: for switchAccount, the n-th account (1..9, as Ctrl/Cmd+n). */
  'menu:command': z.object({ command: MenuCommand, account: z.number().int().min(1).max(9).optional() }),
  'export:progress': ExportProgress,
  /** An icpdesk:// link waits in main: take it with links:take. */
  'links:arrived': z.object({}),
} as const satisfies Record<EventName, z.ZodType>;

type IpcContract = typeof ipcContract;
export type { Channel, EventName };
export type RequestOf<C extends Channel> = z.input<IpcContract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<IpcContract[C]['request']>;
type DataOf<C extends Channel> = Extract<z.output<IpcContract[C]['response']>, { ok: true }>['data'];
export type ResponseOf<C extends Channel> = Result<DataOf<C>>;
export type EventPayload<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

/** The object the preload exposes as `window.icpDesk`. */
export type IcpDeskApi = {
  readonly [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>>;
} & {
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};
