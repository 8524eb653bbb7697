import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // The gateway serves the console under /admin/ and the API under /api/ on the same origin.
  base: '/admin/',
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is ~900 kB minified (~285 kB gzip); it is one cacheable file, which suits an internal console.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // Libraries change far less often than the console, so they get their own cacheable files.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
          antd: ['antd', 'dayjs'],
          zod: ['zod'],
        },
      },
    },
  },
});
