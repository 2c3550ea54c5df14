/** This copy's package version (kept equal to package.json's by test/state/provider.test.ts). */
export const VERSION = '0.1.0';
