import { defineConfig } from 'vitest/config';

// Two projects: pure logic runs in Node, islands run in a simulated DOM.
export default defineConfig({
  test: {
    // Generous, because the machine may be busy (CI runners, several builds at once): a
    // property test's hundred runs must not fail for being slow, only for being wrong.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        // Whole-site builds of fixture content: slower, so they get their own timeout.
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'islands', environment: 'jsdom', include: ['tests/islands/**/*.test.tsx'] },
      },
    ],
  },
});
