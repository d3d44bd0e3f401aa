import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: on a shared 2-core machine a browser test with axe on several pages can take over a minute.
    testTimeout: 120_000,
    // In CI, also write a JSON report so .ci/run can print the "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/vitest-report.json' }]] : ['default'],
  },
});
