/**
 * An in-memory stand-in for the RAW_MAIL R2 bucket (put, list with prefix/cursor/startAfter,
 * delete of one key or many), with upload dates a test can set.
 */
export function fakeBucket() {
  const objects = new Map<string, { body: string; uploaded: Date }>();
  const binding = {
    async put(key: string, body: string, options?: { uploaded?: Date }) {
      objects.set(key, { body, uploaded: options?.uploaded ?? new Date() });
      return null;
    },
    async list(options: { prefix?: string; limit?: number; cursor?: string; startAfter?: string }) {
      const limit = options.limit ?? 1000;
      const after = options.cursor ?? options.startAfter ?? "";
      const keys = [...objects.keys()]
        .filter((k) => k.startsWith(options.prefix ?? "") && k > after)
        .sort();
      const page = keys.slice(0, limit);
      const truncated = keys.length > limit;
      return {
        objects: page.map((key) => ({ key, uploaded: objects.get(key)?.uploaded ?? new Date() })),
        truncated,
        ...(truncated ? { cursor: page.at(-1) } : {}),
        delimitedPrefixes: [],
      };
    },
    async delete(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) objects.delete(key);
    },
  };
  return {
    binding: binding as unknown as R2Bucket,
    put: (key: string, body: string, uploaded?: Date) =>
      binding.put(key, body, uploaded ? { uploaded } : {}),
    keys: () => [...objects.keys()].sort(),
  };
}
