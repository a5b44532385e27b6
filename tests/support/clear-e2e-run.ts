import { mkdirSync, rmSync } from 'node:fs';
import { SECRECY_RUN_DIR } from './canary';

/** Playwright global setup: every run starts with an empty record for the secrecy test. */
export default function clearE2eRun(): void {
  rmSync(SECRECY_RUN_DIR, { recursive: true, force: true });
  mkdirSync(SECRECY_RUN_DIR, { recursive: true });
}
