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
    // Pages load per route (routes.tsx), and antd's components go with the pages that use them: one
    // antd chunk would make the sign-in page wait for all of it (1.1 MB). The gateway compresses.
    chunkSizeWarningLimit: 500,
    rollupOptions: {
      output: {
        // React changes far less often than the console, so it gets its own long-cached file.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
        },
      },
    },
  },
});
