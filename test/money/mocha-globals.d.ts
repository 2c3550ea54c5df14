// Minimal typings for the Mocha BDD globals the test runner provides
// (@types/mocha is not installed). `declare function` merges with any other
// declaration of the same globals instead of clashing.
type MochaDone = (error?: unknown) => void;
type MochaTest = (this: unknown, done: MochaDone) => void | Promise<unknown>;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body?: MochaTest): void;
declare function before(body: MochaTest): void;
declare function after(body: MochaTest): void;
declare function beforeEach(body: MochaTest): void;
declare function afterEach(body: MochaTest): void;
