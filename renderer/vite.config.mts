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
    // The app's chunk (renderer/src/start.ts, imported by main.ts once the first question has left)
    // is fetched and parsed beside the entry instead of after it ran.
    {
      name: 'chronik-preload-app',
      apply: 'build',
      transformIndexHtml: (html, ctx) => {
        const app = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/renderer/src/start.ts'));
        if (!app) throw new Error('the app chunk (renderer/src/start.ts) is missing from the build');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
      },
    },
  ],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // One style sheet, linked from the page: the app's chunk is loaded by main.ts, and its styles must not wait for it.
    cssCodeSplit: false,
    sourcemap: true,
    minify: process.env.NOMINIFY ? false : 'oxc',
  },
});
