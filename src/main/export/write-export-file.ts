import { appError } from '../../shared/api-error';
import { fail, ok, type Result } from '../../shared/result';
import { isolateText } from '../../shared/unicode/hidden-characters';
import type { AppFileSystem } from '../storage/file-system';

/**
 * The one way an export reaches the disk, whatever its format (JSON today; CSV and the HTML
 * report are to use it too). Written like the cache: atomically, so the file is the old one or
 * the whole new one, never half (an export replacing last week's, a crash, a full disk), and
 * readable by the user only (0600): an export holds a customer's targeting. The folder is the one
 * the user chose in the save dialog, so it is never created here; any failure comes back as a
 * storage error that says what to do.
 */
export async function writeExportFile(fs: AppFileSystem, path: string, text: string | Buffer): Promise<Result<null>> {
  try {
    await fs.writeAtomic(path, text, { createFolder: false });
    return ok(null);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return fail(appError('storage', `Could not write ${isolateText(path)} (${reason}). Choose another folder and try again.`));
  }
}
