import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { CONTENT_SECURITY_POLICY } from '../core/security';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [
    vue(),
    // One policy for the Electron window, the web shell and the page itself (frame-ancestors
    // only works as a header, so the meta copy leaves it out).
    { name: 'chronik-csp', transformIndexHtml: (html) => html.replace('%CHRONIK_CSP%', CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, '')) },
    firstScript(),
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    minify: process.env.NOMINIFY ? false : 'oxc',
  },
});

/**
 * The page's first script, `first.js` (src/first.ts, 1 kB): a classic script in the head, so it
 * runs while the app's bundle is still being fetched and parsed, and asks the first screen's
 * question (src/first-question.ts). The app's module script still holds the page's load event, so
 * keys pressed once the page has loaded reach the app. Built only for the built page: without it
 * (the dev server) the app asks itself.
 */
function firstScript(): Plugin {
  const fileName = 'first.js';
  return {
    name: 'chronik-first-script',
    apply: 'build',
    async generateBundle() {
      const out = await esbuild({
        entryPoints: [fileURLToPath(new URL('./src/first.ts', import.meta.url))],
        bundle: true, format: 'iife', target: 'es2022', minify: !process.env.NOMINIFY, write: false, logLevel: 'warning',
      });
      this.emitFile({ type: 'asset', fileName, source: out.outputFiles[0]!.text });
    },
    // After the policy, before the app's script; `async`, so the parser does not stop for it
    // (a blocking script held back the fetch of the app's bundle by 80 ms).
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<script type="module"/, `<script async src="./${fileName}"></script>\n    $&`),
    },
  };
}
