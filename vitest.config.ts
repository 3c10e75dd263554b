import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { fakeAnthropicOutbound } from "./test/support/fake-anthropic.ts";

const root = import.meta.dirname;
const migrationsDir = resolve(root, "schemas/migrations");
const testFiles = "test/**/*.test.ts";

// Test files that start the real queue (the hourly run, or a job that fans out to it): its
// messages and retries outlive the file, so each of these gets a workerd of its own, thrown away
// with the file. Every other file shares one workerd and starts from an emptied, freshly
// migrated database (test/support/apply-migrations.ts).
const startsRealQueue = /\.scheduled\(|\benv\.JOBS\b|"due_page"/;
const ownRuntime = readdirSync(resolve(root, "test"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => `test/${file}`)
  .filter((file) => startsRealQueue.test(readFileSync(resolve(root, file), "utf8")));

/**
 * `import raw from "x.eml?bytes"`: a file as the bytes on disk. Vite's `?raw` decodes as UTF-8,
 * which turns a Latin-1 8bit body into replacement characters before the parser sees it.
 */
const bytesImport = {
  name: "bytes-import",
  load(id: string) {
    if (!id.endsWith("?bytes")) return undefined;
    const base64 = readFileSync(id.slice(0, -"?bytes".length)).toString("base64");
    return `export default Uint8Array.from(atob(${JSON.stringify(base64)}), (c) => c.charCodeAt(0));`;
  },
};

export default defineConfig({
  plugins: [
    bytesImport,
    cloudflareTest(async () => ({
      main: "./src/index.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: { TEST_MIGRATIONS: await readD1Migrations(migrationsDir) },
        // Every fetch() the Worker makes goes to the fake Anthropic API, which refuses any
        // other host: tests never reach the network.
        outboundService: fakeAnthropicOutbound,
      },
    })),
  ],
  resolve: {
    alias: { re2: resolve(root, "test/support/no-re2.ts") },
  },
  test: {
    setupFiles: ["./test/support/apply-migrations.ts"],
    projects: [
      {
        extends: true,
        test: { name: "shared-runtime", include: [testFiles], exclude: ownRuntime, isolate: false },
      },
      { extends: true, test: { name: "own-runtime", include: ownRuntime } },
    ],
  },
});
