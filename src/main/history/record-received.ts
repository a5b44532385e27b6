import { dequal } from 'dequal';
import type { HistorySource, RecordedChanges } from '../../shared/history/history-schema';
import { changeBetween } from '../../shared/history/version-equality';
import type { Icp } from '../../shared/icp-schema';
import type { Logger } from '../logger';
import { contentHash, rawHash } from './content-hash';
import { idKey, segmentOf, type HistoryFiles, type IndexEntry, type SegmentFile } from './history-files';
import { reasonOf, reviewFile, segmentReader, type HistoryState } from './history-state';
import { keptVersions } from './prune-versions';

/*
 * One batch of received ICPs against the history: compare, keep new versions, mark what left a
 * full list, save. An ICP equal to the copy this session last received (held, not re-read: it is
 * the copy main's list holds anyway) is settled by a walk over both, with no JSON written or
 * hashed; the others by fingerprints (see content-hash.ts). Only ICPs whose content hash moved
 * are diffed against their newest version (the one this session wrote, else read from its
 * segment), and only the segments of new versions are rewritten.
 * Saves go segments, then index, then review marks: a save cut short leaves the index behind its
 * segments (caught up at the next refresh, as "touched"), never ahead of them.
 */

export interface RecordOptions {
  source: HistorySource;
  /** When main received them (the versions' "seen at"); the clock's time if left out. */
  at?: Date;
  /** Source 'list' only: ids the list held that failed validation. Not received, but not gone either. */
  unreadableIds?: readonly string[];
}

/** How long the compare holds main before letting IPC calls in (the store's own calls wait in its queue). */
const SLICE_MS = 8;

/** A version to add: a change, a first copy, or (same seq) a copy restored after its segment was lost. */
interface Pending {
  icp: Icp;
  seq: number;
  raw: string;
  content: string;
}

/** An ICP whose content hash moved: its newest version decides. */
interface Candidate {
  key: string;
  icp: Icp;
  entry: IndexEntry;
  raw: string;
  content: string;
}

export async function recordReceived(
  context: { files: HistoryFiles; log: Logger },
  st: HistoryState,
  icps: readonly Icp[],
  record: RecordOptions,
  at: Date,
): Promise<RecordedChanges> {
  const { files, log } = context;
  const seenAt = at.toISOString();
  const started = performance.now();
  const changes: RecordedChanges = { newIds: [], changedIds: [], touchedIds: [], removedIds: [], returnedIds: [], warnings: [] };
  const pending = new Map<string, Map<string, Pending>>();
  const addVersion = (key: string, version: Pending) => {
    const segment = segmentOf(key);
    pending.set(segment, (pending.get(segment) ?? new Map<string, Pending>()).set(key, version));
  };
  let indexDirty = false;
  const seen = (key: string, entry: IndexEntry, icp: Icp, raw: string, content: string, touched: boolean) => {
    Object.assign(entry, { raw, content, updatedAt: icp.updatedAt });
    st.held.set(key, { last: icp, newest: st.held.get(key)?.newest ?? null });
    if (!touched) return;
    entry.touchedAt = seenAt;
    changes.touchedIds.push(entry.id);
    indexDirty = true;
  };
  const cannotCompare = (icp: Icp, error: unknown) => changes.warnings.push(`ICP ${icp.id} could not be compared with its history (${reasonOf(error)}).`);

  // 1. The copy last received, then fingerprints: either settles almost every ICP of a refresh.
  const received = new Set<string>();
  const candidates: Candidate[] = [];
  const meter = busyMeter();
  for (const icp of icps) {
    if (meter.sliceMs() > SLICE_MS) await meter.pause(new Promise<void>((resolve) => setImmediate(resolve)));
    const key = idKey(icp.id);
    if (received.has(key)) continue;
    received.add(key);
    try {
      const entry = st.entries.get(key);
      if (!entry) {
        addVersion(key, { icp, seq: 1, raw: rawHash(icp), content: contentHash(icp) });
        changes.newIds.push(icp.id);
        continue;
      }
      if (entry.removedAt !== null) {
        entry.removedAt = null;
        changes.returnedIds.push(entry.id);
        indexDirty = true;
      }
      // Equal in every field to the copy the fingerprints were taken from (key order aside, which
      // could at most change the raw fingerprint): nothing to record.
      const held = st.held.get(key);
      if (entry.versions > 0 && held !== undefined && dequal(held.last, icp)) {
        holdEqual(st, key, icp);
        continue;
      }
      const raw = rawHash(icp);
      if (entry.versions > 0 && raw === entry.raw) {
        holdEqual(st, key, icp);
        continue;
      }
      const content = contentHash(icp);
      if (entry.versions > 0 && content === entry.content) seen(key, entry, icp, raw, content, icp.updatedAt !== entry.updatedAt);
      else candidates.push({ key, icp, entry, raw, content });
    } catch (error) {
      cannotCompare(icp, error);
    }
  }

  // 2. The rest against their newest version: the one held, else read (each segment once, in parallel).
  const heldNewest = (key: string, entry: IndexEntry) => {
    const newest = st.held.get(key)?.newest;
    return entry.versions > 0 && newest?.seq === entry.newestSeq ? newest : undefined;
  };
  const segments = segmentReader(files, st, at, log);
  const toRead = candidates.filter(({ key, entry }) => heldNewest(key, entry) === undefined).map(({ key }) => segmentOf(key));
  await Promise.all([...new Set(toRead)].map((segment) => segments.get(segment)));
  for (const { key, icp, entry, raw, content } of candidates) {
    try {
      const stored = heldNewest(key, entry) ?? (await segments.get(segmentOf(key))).icps[key]?.versions.at(-1);
      if (!stored) {
        // Its versions were lost with a damaged segment: keep this copy, as the same version if its content is.
        const same = content === entry.content;
        addVersion(key, { icp, seq: same ? entry.newestSeq : entry.newestSeq + 1, raw, content });
        if (!same) changes.changedIds.push(entry.id);
      } else if (changeBetween(stored.icp as Icp, icp) === 'changed') {
        addVersion(key, { icp, seq: Math.max(stored.seq, entry.newestSeq) + 1, raw, content });
        changes.changedIds.push(entry.id);
      } else {
        seen(key, entry, icp, raw, content, true);
      }
    } catch (error) {
      cannotCompare(icp, error);
    }
  }

  if (record.source === 'list') {
    const unreadable = new Set((record.unreadableIds ?? []).map(idKey));
    for (const [key, entry] of st.entries) {
      if (received.has(key) || unreadable.has(key) || entry.removedAt !== null) continue;
      entry.removedAt = seenAt;
      changes.removedIds.push(entry.id);
      indexDirty = true;
    }
  }

  // 3. Save the segments that gained a version (in parallel: each waits on its own fsync).
  const compared = performance.now();
  const comparedBusy = meter.busy();
  const saved = await Promise.all(
    [...pending].map(async ([segment, versions]) => {
      try {
        const file = await segments.get(segment);
        for (const [key, { icp, seq }] of versions) {
          const slot = (file.icps[key] ??= { id: icp.id, versions: [] });
          slot.versions.push({ seq, seenAt, source: record.source, icp });
        }
        for (const [key, slot] of Object.entries(file.icps)) slot.versions = keptVersions(slot.versions, at, st.review.reviewed.get(key)?.seq ?? null);
        await files.writeSegment(segment, file, segments.wasOnDisk(segment));
        return { file, versions };
      } catch (error) {
        const message = `Could not save the history of ${versions.size === 1 ? 'one ICP' : `${versions.size} ICPs`} (${reasonOf(error)}); it is compared again at the next refresh.`;
        log.warn(`History: ${message}`);
        changes.warnings.push(message);
        return null;
      }
    }),
  );
  for (const written of saved) {
    if (written === null) continue;
    applySaved(st, written.file, written.versions, seenAt);
    indexDirty = true;
  }

  let reviewDirty = false;
  if (st.review.baselineAt === null) {
    // First run: what the user sees now is the starting point, not a wall of "New".
    for (const key of received) {
      const entry = st.entries.get(key);
      if (!entry || st.review.reviewed.get(key)?.seq === entry.newestSeq) continue;
      st.review.reviewed.set(key, { seq: entry.newestSeq, at: seenAt });
      reviewDirty = true;
    }
    // Only once every ICP has a version on disk: a disk full on the first run must not leave the rest "New".
    if (record.source === 'list' && saved.every((written) => written !== null)) {
      st.review.baselineAt = seenAt;
      reviewDirty = true;
    }
  }

  const warn = (message: string) => (error: unknown) => {
    const text = `${message} (${reasonOf(error)}).`;
    log.warn(`History: ${text}`);
    changes.warnings.push(text);
  };
  if (indexDirty || segments.lostAny)
    await files.writeIndex(st.entries, at).catch(warn('Could not save the history index; it is rebuilt from the saved versions if needed'));
  if (reviewDirty) await files.writeReview(reviewFile(st.review)).catch(warn('Could not save which ICPs are reviewed'));
  const { newIds, changedIds, touchedIds, removedIds } = changes;
  if (record.source !== 'detail' || changedIds.length + newIds.length > 0) {
    const busy = `busy ${comparedBusy.ms.toFixed(1)} ms, CPU ${comparedBusy.cpuMs.toFixed(1)} ms`;
    const took = `compared in ${(compared - started).toFixed(1)} ms (${busy}), saved in ${(performance.now() - compared).toFixed(1)} ms`;
    log.info(
      `History: ${icps.length} ICPs from the ${record.source}: ${newIds.length} new, ${changedIds.length} changed, ${touchedIds.length} touched, ${removedIds.length} removed (${took})`,
    );
  }
  return changes;
}

/**
 * A copy equal to the one held (every field, key order aside) replaces it, and the newest version
 * too when that was the same object: the previous list's objects are then held no longer.
 */
function holdEqual(st: HistoryState, key: string, icp: Icp) {
  const held = st.held.get(key);
  if (!held) {
    st.held.set(key, { last: icp, newest: null });
    return;
  }
  if (held.newest !== null && held.newest.icp === held.last) held.newest = { seq: held.newest.seq, icp };
  held.last = icp;
}

/** The index after a segment was written: new newest versions, and how many each ICP keeps. */
function applySaved(st: HistoryState, file: SegmentFile, versions: ReadonlyMap<string, Pending>, seenAt: string) {
  for (const [key, slot] of Object.entries(file.icps)) {
    const version = versions.get(key);
    const entry = st.entries.get(key);
    if (!version) {
      if (entry) entry.versions = slot.versions.length;
      continue;
    }
    const { icp, seq, raw, content } = version;
    st.held.set(key, { last: icp, newest: { seq, icp } });
    st.entries.set(key, {
      id: entry?.id ?? icp.id,
      raw,
      content,
      updatedAt: icp.updatedAt,
      newestSeq: seq,
      newestSeenAt: seenAt,
      firstSeenAt: entry?.firstSeenAt ?? seenAt,
      versions: slot.versions.length,
      touchedAt: entry?.touchedAt ?? null,
      removedAt: null,
    });
  }
}

/**
 * The compare's own time: wall and this process's CPU time since it started, less the pauses in
 * which it let other work run (a refresh's cache write runs in them), so neither that work nor a
 * busy machine is counted as the history's.
 */
function busyMeter() {
  const cpuNow = () => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const started = { ms: performance.now(), cpuMs: cpuNow() };
  const paused = { ms: 0, cpuMs: 0 };
  let sliceStarted = started.ms;
  return {
    sliceMs: () => performance.now() - sliceStarted,
    async pause(other: Promise<void>): Promise<void> {
      const at = { ms: performance.now(), cpuMs: cpuNow() };
      await other;
      sliceStarted = performance.now();
      paused.ms += sliceStarted - at.ms;
      paused.cpuMs += cpuNow() - at.cpuMs;
    },
    busy: () => ({ ms: performance.now() - started.ms - paused.ms, cpuMs: cpuNow() - started.cpuMs - paused.cpuMs }),
  };
}
