import { defineConfig } from 'vitest/config';

// Two projects: pure logic runs in Node, islands run in a simulated DOM.
export default defineConfig({
  test: {
    // Generous, because the machine may be busy (CI runners, several builds at once): a
    // property test's hundred runs must not fail for being slow, only for being wrong.
    testTimeout: 60_000,
    // Hooks build and remove whole sites too (temporary sites, fixture builds): the same
    // allowance as a test, never Vitest's default sized for an idle machine.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Pure logic keeps no state between files, so its files share one module graph instead
          // of importing everything afresh per file: 46 CPU seconds down to 17. A file that stubs
          // the environment or resets modules puts them back when it ends (signup/form.test.ts).
          isolate: false,
        },
      },
      {
        extends: true,
        // Whole-site builds of fixture content: slower, so they get their own timeout.
        test: {
          name: 'build',
          environment: 'node',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'islands',
          environment: 'jsdom',
          include: ['tests/islands/**/*.test.tsx'],
          setupFiles: ['tests/islands/setup.ts'],
        },
      },
    ],
  },
});
