/** Pure unit specs only (no database): fast feedback while editing. */
const base = require('./jest.config.js');
module.exports = { ...base, testMatch: ['<rootDir>/test/unit/**/*.spec.ts'], globalSetup: undefined, globalTeardown: undefined };
