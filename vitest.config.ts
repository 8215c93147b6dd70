import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Stated, not vitest's 5 s default: some unit tests spawn `npm run check` or
          // `new:session` processes, which take seconds on a busy 2-core machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // One production build under a non-root base, shared by every site test.
          globalSetup: ['tests/site/build-site.ts'],
          // Site tests run Astro builds and browsers: one file at a time, so builds never share the content cache at once.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
