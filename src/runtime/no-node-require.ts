/**
 * Stands in for Node's `module` in the Worker bundle (see [alias] in wrangler.toml).
 * email-forward-parser and email-reply-parser call `createRequire(import.meta.url)` at import
 * time to try the optional native `re2` addon; in a bundled Worker `import.meta.url` is
 * undefined and the real createRequire throws, so the Worker would not start. This require
 * fails the way a missing optional module does, and both libraries fall back to RegExp.
 */
export function createRequire(_from?: unknown): (id: string) => never {
  return (id: string) => {
    throw new Error(`${id} is not available in the Workers runtime`);
  };
}

export default { createRequire };
