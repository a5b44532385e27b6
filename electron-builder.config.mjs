// @ts-check
/*
 * `npm run dist`: the installers, built by electron-builder from `out/` (run `npm run build` first;
 * `npm run dist` does). The installers come from the GitHub workflow (.github/workflows/installers.yml),
 * one runner per OS; README.md says how to build one locally.
 */

/**
 * Electron's fuses, flipped in the packed binary after packing (electron-builder runs
 * @electron/fuses right before signing). tests/integration/desktop/packaged-app.test.ts packs a
 * stand-in binary that carries the fuse wire and reads these values back from it.
 * @type {Readonly<import('app-builder-lib').FuseOptionsV1>}
 */
export const ELECTRON_FUSES = Object.freeze({
  // `ELECTRON_RUN_AS_NODE=1 "ICP Desk"` would otherwise be a Node.js signed with our name.
  runAsNode: false,
  enableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anyone who can start the app run code inside it.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Electron checks app.asar against the hash electron-builder embeds (macOS and Windows).
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The app loads nothing from file://, so file: needs none of its legacy privileges.
  grantFileProtocolExtraPrivileges: false,
});

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'app.icp-desk.desktop',
  productName: 'ICP Desk',
  executableName: 'icp-desk',
  directories: { output: 'dist', buildResources: 'build' },
  // The built bundles only: no sources, tests, bench or source maps. electron-builder adds the
  // production dependencies from package.json itself (without their build leftovers).
  files: [
    'package.json',
    'out/**/*',
    '!**/*.map',
    // Type declarations and zod's TypeScript sources: nothing the app loads at run time.
    '!**/*.{d.ts,d.cts,d.mts}',
    '!**/node_modules/zod/src/**',
  ],
  // keytar is N-API: the Node build loads in Electron as it is, so nothing is rebuilt against
  // Electron's headers. Native modules cannot be loaded from inside an asar.
  npmRebuild: false,
  asarUnpack: ['**/node_modules/keytar/build/Release/*.node'],
  electronFuses: ELECTRON_FUSES,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'ICP Desk <icp-desk@users.noreply.github.com>',
    synopsis: 'Review the Ideal Customer Profiles of a lead-generation platform',
  },
  mac: { target: ['dmg', 'zip'], category: 'public.app-category.business' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  // Release notes and auto-update feeds are out of scope: nothing is published from a build.
  publish: null,
};

export default config;
