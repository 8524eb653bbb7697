/** One jest run for the whole workspace: unit, handler, HTTP and browser tests. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  testMatch: ['<rootDir>/{shared,cloudfunctions,admin-web,miniprogram}/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // Browser tests start real processes; give them room on a 2-core machine.
  testTimeout: 60_000,
  maxWorkers: 2,
};
