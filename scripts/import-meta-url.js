// Injected by run-ts.mjs: import.meta.url of the original script, for scripts that locate files
// relative to themselves.
export const importMetaUrl = require('node:url').pathToFileURL(process.env.CHRONIK_SCRIPT_PATH || __filename).href;
