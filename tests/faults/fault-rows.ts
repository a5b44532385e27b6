import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { TestInfo } from '@playwright/test';
import { SECRECY_RUN_DIR } from '../support/canary';

/*
 * The fault table: each fault test declares its row (fault, expected state) and says what it saw;
 * afterEach appends the row with the test's outcome to fault-rows.jsonl, which `npm test` prints
 * as a table at the end of the run.
 */

const FAULT_ROWS_FILE = join(SECRECY_RUN_DIR, 'fault-rows.jsonl');

interface FaultRow {
  fault: string;
  expected: string;
  seen: string[];
}

const rows = new Map<string, FaultRow>();

/** Declares this test's row; `seen(...)` adds what the test observed, in order. */
export function faultRow(testInfo: TestInfo, fault: string, expected: string): { seen: (what: string) => void } {
  const row: FaultRow = { fault, expected, seen: [] };
  rows.set(testInfo.testId, row);
  return { seen: (what) => void row.seen.push(what) };
}

/** Call from test.afterEach. */
export function recordFaultRow(testInfo: TestInfo): void {
  const row = rows.get(testInfo.testId);
  if (!row) return;
  const passed = testInfo.status === testInfo.expectedStatus;
  // Playwright colours its messages; the table is plain text.
  const message = testInfo.error?.message;
  const failure = message === undefined ? testInfo.status : stripVTControlCharacters(message).split('\n')[0];
  const seen = passed ? row.seen.join('; ') : `${row.seen.join('; ')}${row.seen.length > 0 ? '; ' : ''}FAILED: ${failure}`;
  mkdirSync(SECRECY_RUN_DIR, { recursive: true });
  appendFileSync(FAULT_ROWS_FILE, `${JSON.stringify({ fault: row.fault, expected: row.expected, seen, passed })}\n`);
}
