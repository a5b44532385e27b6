import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { ZipFile } from 'yazl';

/*
 * Stand-ins for what Electron's download host serves, for machines that cannot reach it: a zip
 * laid out like Electron's release zip, whose "binary" is a shell script that writes down how it
 * was launched, and a server on 127.0.0.1 laid out like the releases (ELECTRON_MIRROR points at
 * it), with a SHASUMS256.txt beside the zip as Electron publishes one.
 */

/** Electron's fuse wire as @electron/fuses finds it: the sentinel, version 1, eight fuses. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's defaults: RunAsNode, NodeOptions, NodeCliInspect and file: privileges on. */
export const STAND_IN_FUSE_WIRE = '10110001';

/** Where Electron's zip keeps the executable, per platform (install.js's getPlatformPath). */
export function electronExecutablePath(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The stand-in's executable: a POSIX shell script carrying the fuse wire in a comment. */
function standInExecutable(): Buffer {
  return Buffer.concat([
    Buffer.from("#!/bin/sh\n# Not Electron: a stand-in made by ICP Desk's tests. "),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, STAND_IN_FUSE_WIRE.length]),
    Buffer.from(`${STAND_IN_FUSE_WIRE}\n`),
    // Writes down where and with what it was started, for the test to read.
    Buffer.from('printf \'%s\\n\' "$PWD" "$@" > "${ICP_DESK_STAND_IN_LAUNCHED:-/dev/null}"\necho "stand-in Electron started with: $*"\n'),
  ]);
}

/** Writes a stand-in Electron release zip for `platform` to `path`. */
export async function writeStandInElectronZip(path: string, version: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  const zip = new ZipFile();
  zip.addBuffer(standInExecutable(), electronExecutablePath(platform), { mode: 0o100755 });
  zip.addBuffer(Buffer.from(version), 'version');
  zip.addBuffer(Buffer.from('A stand-in for tests; no part of Electron.\n'), 'LICENSE');
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
}

export interface DownloadHost {
  /** The ELECTRON_MIRROR value (ends with a slash, as Electron's docs write it). */
  readonly mirror: string;
  /** Every path requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `zipPath` as `v<version>/electron-v<version>-<platform>-<arch>.zip`, with its
 * SHASUMS256.txt, on 127.0.0.1.
 */
export async function startDownloadHost(zipPath: string, version: string): Promise<DownloadHost> {
  const zip = await readFile(zipPath);
  const name = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const sums = `${createHash('sha256').update(zip).digest('hex')} *${name}\n`;
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/v${version}/${name}`) return res.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length }).end(zip);
    if (req.url === `/v${version}/SHASUMS256.txt`) return res.writeHead(200, { 'content-type': 'text/plain' }).end(sums);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    mirror: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
