// Where Electron's binary would be, found without require('electron') (which downloads it).
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

/** The Electron executable when it is installed, else null with the reason. */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { path: null, reason: "Electron's binary is not installed (it downloads from GitHub on first use, which this machine cannot reach)" };
  }
  const exe = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(exe)) return { path: null, reason: `Electron's binary is missing at ${exe}` };
  return { path: exe, reason: null };
}

module.exports = { electronBinary };
