import { resolve } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { fakeAnthropicOutbound } from "./test/support/fake-anthropic.ts";

const migrationsDir = resolve(import.meta.dirname, "schemas/migrations");

export default defineConfig({
  plugins: [
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
    alias: { re2: resolve(import.meta.dirname, "test/support/no-re2.ts") },
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/support/apply-migrations.ts"],
  },
});
