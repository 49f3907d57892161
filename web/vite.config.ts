import { defineConfig } from 'vite';

// The indexer serves dist/ at /, so asset URLs are relative: the app works under any path prefix.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    // `npm run dev` against a running demo: GraphQL and the demo's config.json from the indexer.
    proxy: { '/graphql': 'http://127.0.0.1:8080', '/config.json': 'http://127.0.0.1:8080' },
  },
});
