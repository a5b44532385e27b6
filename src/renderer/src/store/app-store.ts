import { create } from 'zustand';
import type { AppError } from '../../../shared/api-error';
import type { AccountList } from '../../../shared/accounts/account-schema';
import type { DataSource, IcpDetail, IcpSummary, ListView, ListWarning, SyncProgress } from '../../../shared/ipc-contract';
import type { ExportProgress } from '../../../shared/export/export-contract';
import { DEFAULT_LIST_VIEW } from '../list-query/list-query';
import type { ListSearch } from '../list-query/list-query';
import type { CoverageView, IcpChecks, PairsPage, ReviewOverview } from '../../../shared/checks/checks-contract';
import type { CoverageSort } from '../../../shared/checks/coverage-map';

/*
 * The renderer's whole state, in one definition: one part per concern, each a plain object
 * changed only through patchState. Everything that talks to main lives in the *-actions.ts
 * modules, so components read state with selectors and call actions.
 */

type SessionPhase = 'booting' | 'signedOut' | 'signedIn';
type SessionBusy = 'signIn' | 'demo' | 'signOut' | null;

/** Who the user is signed in as. Never holds the token: it goes straight to main. */
interface SessionState {
  phase: SessionPhase;
  /** The signed-in base URL, or the last one used (to prefill sign-in). */
  baseUrl: string | null;
  /** The open account (see accounts:* in the IPC contract); null when signed out. */
  accountId: string | null;
  demo: boolean;
  busy: SessionBusy;
  /** Why the last sign-in (or resuming the last session) failed. */
  signInError: AppError | null;
  /** A 401 arrived while signed in: the sign-in prompt shows over the workspace. */
  reauth: AppError | null;
}

/** The ICP list as last answered by main (replies are ordered by list-actions.ts). */
interface ListState {
  items: IcpSummary[];
  /** The search texts (they follow the list; see list-actions.ts); null until the first arrive. */
  search: ListSearch | null;
  warnings: ListWarning[];
  source: DataSource | null;
  /** When the shown copy came from the API; null when nothing has been fetched yet. */
  fetchedAt: string | null;
  /** A reply (cache or network) has been applied: skeletons give way to rows or an empty state. */
  loaded: boolean;
  /** A network refresh is in flight. */
  refreshing: boolean;
  /** Why the last network refresh failed; cleared by the next success. */
  error: AppError | null;
  /** The number of the reply shown; the paint marks follow it without holding the list. */
  applied: number;
}

/** The ICP open in the detail pane (replies are ordered by detail-actions.ts). */
interface DetailState {
  openId: string | null;
  /** The copy shown (cached first, then the network's); null until one arrives. */
  detail: IcpDetail | null;
  /** A network fetch is in flight. */
  loading: boolean;
  error: AppError | null;
}

/**
 * The keyboard cursor (the row arrows move), the rows checked for bulk actions (Ctrl/Cmd+click,
 * Shift+click, Space) and the anchor Shift ranges start from. The row open in the detail pane
 * is detail.openId.
 */
interface SelectionState {
  cursorId: string | null;
  checked: ReadonlySet<string>;
  anchorId: string | null;
}

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  detail?: string;
}

interface UiState {
  /** The detail pane shows the exact API JSON instead of the readable view. */
  showJson: boolean;
  shortcutsOpen: boolean;
  toasts: Toast[];
  /** The last network call failed for lack of a connection (cleared by the next success). */
  offline: boolean;
  /** Ticks every 30 s so relative times and expiry badges stay current. */
  now: number;
  /**
   * Counts lists that are fully prepared (search index built, in idle time). The components that
   * hold the whole list subscribe to it: React keeps each component's previous props and state
   * until its next render, so without this one extra render the previous list (a hundred
   * megabytes at 100,000 ICPs) would stay in memory beside the new one.
   */
  listSettled: number;
}

/** "Make available offline": whether it runs and how far it got. */
interface SyncState {
  running: boolean;
  cancelling: boolean;
  progress: SyncProgress | null;
}

/**
 * How the list is sliced: search, sort and filter chips. Saved in main's settings (never with the
 * token) and restored on start; `restored` is false until main answered, so the default view is
 * never saved over the user's.
 */
interface ViewState {
  current: ListView;
  restored: boolean;
}

/** One compared ICP: the copy shown (cache first, then the network's) and how fetching it went. */
export interface CompareEntry {
  detail: IcpDetail | null;
  /** A network fetch is in flight. */
  loading: boolean;
  error: AppError | null;
}

/** The compare view: which ICPs (in list order), their copies, and the differences-only toggle. */
interface CompareState {
  /** null: the compare view is closed. */
  ids: string[] | null;
  entries: Readonly<Record<string, CompareEntry>>;
  onlyDifferences: boolean;
}

/** An export or copy main is making (one at a time): what it is, and how far main got. */
interface ExportState {
  /** null: no export running. */
  running: string | null;
  progress: ExportProgress | null;
}

/** One ICP's findings, for the detail's Checks section. */
interface IcpChecksEntry {
  id: string;
  checks: IcpChecks | null;
  error: AppError | null;
}

/**
 * Review intelligence (checks-actions.ts): the counts on the rows are in list.items (summary.checks);
 * here the open ICP's findings and the Review view's pieces, each as main's worker answered.
 */
interface ChecksState {
  /** The list (fetchedAt) the rows' counts were computed from. */
  countsFor: string | null;
  icp: IcpChecksEntry | null;
  /** The Review view replaces the detail pane. */
  reviewOpen: boolean;
  overview: ReviewOverview | null;
  pairs: PairsPage | null;
  dimension: string | null;
  coverage: CoverageView | null;
  coverageSort: CoverageSort;
  loading: boolean;
  error: AppError | null;
}

/** A dialog the account menu opened. */
export type AccountDialog = { kind: 'add' } | { kind: 'rename'; id: string } | { kind: 'remove'; id: string };

/** The accounts main keeps (accounts:list) and the header menu that switches between them. */
interface AccountsState {
  list: AccountList;
  menuOpen: boolean;
  dialog: AccountDialog | null;
  busy: 'add' | 'demo' | 'switch' | 'rename' | 'remove' | null;
  /** Why the open dialog's last action failed (shown in it). */
  error: AppError | null;
}

export interface AppState {
  session: SessionState;
  list: ListState;
  detail: DetailState;
  selection: SelectionState;
  ui: UiState;
  sync: SyncState;
  view: ViewState;
  compare: CompareState;
  exporting: ExportState;
  checks: ChecksState;
  accounts: AccountsState;
}

export const initialAppState = (): AppState => ({
  session: { phase: 'booting', baseUrl: null, accountId: null, demo: false, busy: null, signInError: null, reauth: null },
  list: {
    items: [],
    search: null,
    warnings: [],
    source: null,
    fetchedAt: null,
    loaded: false,
    refreshing: false,
    error: null,
    applied: 0,
  },
  detail: { openId: null, detail: null, loading: false, error: null },
  selection: { cursorId: null, checked: new Set(), anchorId: null },
  ui: { showJson: false, shortcutsOpen: false, toasts: [], offline: false, now: Date.now(), listSettled: 0 },
  sync: { running: false, cancelling: false, progress: null },
  view: { current: DEFAULT_LIST_VIEW, restored: false },
  compare: { ids: null, entries: {}, onlyDifferences: false },
  exporting: { running: null, progress: null },
  checks: {
    countsFor: null,
    icp: null,
    reviewOpen: false,
    overview: null,
    pairs: null,
    dimension: null,
    coverage: null,
    coverageSort: { by: 'count', direction: 'desc' },
    loading: false,
    error: null,
  },
  accounts: { list: { accounts: [], activeId: null }, menuOpen: false, dialog: null, busy: null, error: null },
});

export const useAppStore = create<AppState>()(() => initialAppState());

/** Merges `changes` into one part of the state. */
export function patchState<K extends keyof AppState>(part: K, changes: Partial<AppState[K]>): void {
  useAppStore.setState((state) => ({ [part]: { ...state[part], ...changes } }) as Pick<AppState, K>);
}
