/**
 * The fault suite: real service processes (dist/src/main.js) on a PostgreSQL server and Redis,
 * with PostgreSQL stopped and started under load and during a rescan, a process killed with
 * SIGKILL (also with webhook deliveries pending), a misbehaving model server, a webhook receiver
 * that goes down, and two instances sharing one database and one Redis (SLA sweeps, deliveries,
 * racing writes).
 *
 * CI always sets DATABASE_URL and REDIS_URL for this suite, so their absence is a failure, not a
 * reason to skip. The specs run dist/src/main.js: `npm run build` first (npm run test:faults does).
 */
const rootDir = `${__dirname}/../..`;
const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]?.trim());
if (missing.length > 0) {
  throw new Error(
    `The fault suite needs ${missing.join(' and ')}: a PostgreSQL server it may stop and start ` +
      '(e.g. postgresql://postgres:postgres@127.0.0.1:5432/pqc_ci) and Redis ' +
      '(e.g. redis://127.0.0.1:6379). Start them with `bash scripts/start-services.sh`.',
  );
}

const base = require('../../jest.config.js');

module.exports = {
  rootDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.spec.ts'],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // Generous: a spec waits for processes to start and for PostgreSQL to stop and start.
  testTimeout: 120000,
};
