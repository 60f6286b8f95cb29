/**
 * Typed access to the mocha globals that @web/test-runner installs, kept module-local:
 * the project has no @types/mocha and tsconfig sets `types: []`. If @types/mocha is added,
 * these tests can drop this import and use the globals directly.
 */
export interface TestContext {
  skip(): never;
  timeout(ms: number): void;
}
type Fn = (this: TestContext) => void | Promise<void>;
interface MochaGlobals {
  describe(title: string, fn: (this: TestContext) => void): void;
  it(title: string, fn: Fn): void;
  before(fn: Fn): void;
}

const g = globalThis as unknown as MochaGlobals;
export const describe: MochaGlobals['describe'] = (title, fn) => g.describe(title, fn);
export const it: MochaGlobals['it'] = (title, fn) => g.it(title, fn);
export const before: MochaGlobals['before'] = (fn) => g.before(fn);
