#!/usr/bin/env node
// The `chronik` command: runs the bundled CLI from dist/ (npm run build makes it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'shells', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('chronik: not built yet — run `npm run build` in the Chronik folder first\n');
  process.exit(1);
}
require(cli);
