import * as z from 'zod';
import { Icp, IcpId } from '../icp-schema';

/*
 * What the local history of ICPs answers, as schemas so the IPC contract can reuse them when
 * the history is wired to the renderer: the types below are inferred from them, never written
 * twice.
 */

const timestamp = z.iso.datetime({ offset: true });

/** Where main got a copy: the list, one ICP's detail, or "make available offline". */
export const HistorySource = z.enum(['list', 'detail', 'sync']);

/** One kept version: the ICP exactly as received when its content was first seen. */
export const IcpVersion = z.object({
  /** 1, 2, 3… per ICP, never reused: the reviewed version is named by it. */
  seq: z.number().int().positive(),
  seenAt: timestamp,
  source: HistorySource,
  icp: Icp,
});

/** "new": never reviewed; "changed": a version newer than the reviewed one; "reviewed": neither. */
const ReviewState = z.enum(['new', 'changed', 'reviewed']);

export const IcpHistoryStatus = z.object({
  id: IcpId,
  review: ReviewState,
  newestSeq: z.number().int().positive(),
  reviewedSeq: z.number().int().positive().nullable(),
  /** Versions kept on this computer (0 when its history file was damaged and set aside). */
  versions: z.number().int().nonnegative(),
  firstSeenAt: timestamp,
  newestSeenAt: timestamp,
  /** Last time a copy came with only updatedAt (or the order of set items) moved. */
  touchedAt: timestamp.nullable(),
  /** When the ICP left the list (deleted on the server or access removed); null while listed. */
  removedAt: timestamp.nullable(),
});

/** What the list needs: only the ICPs that are not simply "reviewed", so it stays small at 10,000. */
export const HistoryOverview = z.object({
  newIds: z.array(IcpId),
  changedIds: z.array(IcpId),
  removed: z.array(z.object({ id: IcpId, removedAt: timestamp })),
});

/** What one batch of received ICPs changed. */
export const RecordedChanges = z.object({
  /** Seen for the first time. */
  newIds: z.array(IcpId),
  /** A new version was kept. */
  changedIds: z.array(IcpId),
  /** Only updatedAt (or the order of set items) moved: no version. */
  touchedIds: z.array(IcpId),
  /** Gone from a full list since the last one. */
  removedIds: z.array(IcpId),
  /** Were "Removed" and are listed again. */
  returnedIds: z.array(IcpId),
  /** What could not be compared or saved; everything else was. */
  warnings: z.array(z.string()),
});

/** An ICP that left the list, with its newest version (null when its segment was damaged). */
export const RemovedIcp = z.object({ id: IcpId, removedAt: timestamp, last: IcpVersion.nullable() });

/** What the list marks, as the renderer asks for it: removed ICPs come with their last copy. */
export const HistoryMarks = z.object({
  newIds: z.array(IcpId),
  changedIds: z.array(IcpId),
  removed: z.array(RemovedIcp),
});

/** One ICP's history for the Changes tab: its status and every kept version, newest first. */
export const IcpVersions = z.object({
  status: IcpHistoryStatus.nullable(),
  versions: z.array(IcpVersion),
});

export type HistorySource = z.infer<typeof HistorySource>;
export type IcpVersion = z.infer<typeof IcpVersion>;
export type IcpHistoryStatus = z.infer<typeof IcpHistoryStatus>;
export type HistoryOverview = z.infer<typeof HistoryOverview>;
export type RecordedChanges = z.infer<typeof RecordedChanges>;
export type RemovedIcp = z.infer<typeof RemovedIcp>;
export type HistoryMarks = z.infer<typeof HistoryMarks>;
export type IcpVersions = z.infer<typeof IcpVersions>;
