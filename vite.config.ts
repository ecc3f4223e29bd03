import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app: React UI on the main thread, the simulation engine in a module worker (src/worker).
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
