/** The OpenAPI fuzz suite: thousands of generated requests against the real app on a real Postgres
 *  (the embedded one started in globalSetup, or the server named by DATABASE_URL).
 *  Seed: FUZZ_SEED (default fixed); size: FUZZ_REQUESTS; FUZZ_ONLY=12,345 replays single requests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/fuzz/**/*.spec.ts'],
  transform: { '^.+\\.(t|j)s$': swc },
  // content-disposition 3 (under @fastify/static, for Swagger UI) ships ESM only.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 600000,
};
