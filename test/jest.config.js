/** Jest 30 over jest-fixed-jsdom, with MSW at the network edge (see test/setup). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2021',
  },
  module: { type: 'commonjs' },
}

// msw 2 pulls in packages published as ESM only; Jest must compile them too.
const esmOnly = ['@nutui', 'msw', '@noble', '@mswjs', '@bundled-es-modules', '@open-draft', 'rettime', 'until-async', 'outvariant', 'strict-event-emitter', 'headers-polyfill', 'is-node-process', 'tough-cookie']

module.exports = {
  rootDir: '..',
  testEnvironment: 'jest-fixed-jsdom',
  setupFilesAfterEnv: ['<rootDir>/test/setup/jest.setup.ts'],
  testMatch: ['<rootDir>/{src,mini-apps,mock,test,config}/**/*.test.{ts,tsx}'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', swc], '^.+\\.mjs$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@sdk$': '<rootDir>/src/sdk/index.ts',
    '^@sdk/testing$': '<rootDir>/src/sdk/testing.ts',
    '^@test/(.*)$': '<rootDir>/test/$1',
    '^@tarojs/taro$': '<rootDir>/test/taro/taro.ts',
    '^@tarojs/components$': '<rootDir>/test/taro/components.ts',
    '^@tarojs/components-advanced$': '<rootDir>/test/taro/components-advanced.tsx',
    '\\.(css|scss)$': '<rootDir>/test/taro/style-stub.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
}
