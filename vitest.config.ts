import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // CLI tests spawn real processes; on a 2-core CI box they need headroom.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
