/** The OpenAPI fuzz suite: thousands of generated requests against the real app on a real Postgres
 *  (the embedded one started in globalSetup, or the server named by DATABASE_URL).
 *  Seed: FUZZ_SEED (default fixed); size: FUZZ_REQUESTS; FUZZ_ONLY=12,345 replays single requests. */
const base = require('../../jest.config.js');

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/fuzz/**/*.spec.ts'],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 600000,
};
