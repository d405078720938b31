/** Unit and end-to-end specs. e2e specs boot the real app over HTTP on a real Postgres:
 *  the embedded one started in globalSetup, or the server named by DATABASE_URL. */
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
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/unit/**/*.spec.ts', '<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  transform: { '^.+\\.(t|j)s$': swc },
  // content-disposition 3 (under @fastify/static, for Swagger UI) ships ESM only.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
