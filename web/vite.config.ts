import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
/** The API server the dev server forwards /api to (`API_TARGET=http://localhost:3100 npx vite …`). */
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';

const i18nDir = fileURLToPath(new URL('./src/lib/i18n/', import.meta.url));

/**
 * `virtual:catalog/fr/public` and `virtual:catalog/fr/rest`: a language's catalog in two chunks, the
 * sections the public pages use (public-sections.json) and the others. The sign-in page downloads
 * about a fifth of the catalog; the signed-in shell loads the rest (lib/i18n, router.tsx).
 */
function catalogParts(): Plugin {
  const prefix = 'virtual:catalog/';
  return {
    name: 'facturex-catalog-parts',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      const [language, part] = id.slice(prefix.length + 1).split('/');
      if (!/^[a-z]{2}$/.test(language ?? '') || (part !== 'public' && part !== 'rest'))
        throw new Error(`unknown catalog part ${id}`);
      const file = `${i18nDir}${language}.json`;
      const sectionsFile = `${i18nDir}public-sections.json`;
      this.addWatchFile(file);
      this.addWatchFile(sectionsFile);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const sections = new Set(JSON.parse(readFileSync(sectionsFile, 'utf8')) as string[]);
      const picked = Object.fromEntries(
        Object.entries(catalog).filter(([key]) => sections.has(key) === (part === 'public')),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(picked))});`;
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), catalogParts()],
  build: {
    manifest: true,
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks for the libraries every page runs (React, the router): app releases
        // do not invalidate the browser's copy. Mantine has no group of its own on purpose:
        // one chunk would hold every component any page uses and the sign-in page would download it
        // all; left to Rolldown, each lazy route (router.tsx) brings the components it needs.
        // `npm run bench -- web-bundle` checks the sign-in page's share (manifest below).
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 30,
            },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/, priority: 25 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
