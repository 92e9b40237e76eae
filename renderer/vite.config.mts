import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
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
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
    minify: process.env.NOMINIFY ? false : 'oxc',
  },
});
