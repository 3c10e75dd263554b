// Part of `npm run bench`: the Worker in workerd, as deployed (wrangler's unstable_startWorker,
// the project's wrangler.toml, local D1). Prints one JSON line:
// - the bundle `wrangler deploy --dry-run --outdir` builds, and the same without the Anthropic
//   SDK (aliased to nothing): what a deployment without a key never evaluates;
// - the first message in a fresh isolate, without a key and with one (the SDK is imported then,
//   Claude answered by the tests' fake API on a local port), median of RUNS fresh starts;
// - the steady state: every fixture once after the first, median and p99.
// CPU is that of the workerd thread that ran the Worker, read from /proc around each delivery
// (scripts/workerd-cpu.ts); it includes handling the local email endpoint's request.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { unstable_startWorker } from "wrangler";
import { FAKE_ANTHROPIC_HOST, fakeAnthropicOutbound } from "../test/support/fake-anthropic.ts";
import { busiestThreadNs, forgetWorkerd, threadCpuNs } from "./workerd-cpu.ts";

const RUNS = 3;
const root = new URL("..", import.meta.url).pathname;
const wrangler = join(root, "node_modules", "wrangler", "bin", "wrangler.js");
const OWNER = "jordan.lee@gmail.com";
const INBOX = "jobs@jordanlee.dev";

function run(args: string[]) {
  execFileSync(process.execPath, [wrangler, ...args], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, CI: "1", WRANGLER_LOG: "error" },
  });
}

/** The bundle wrangler would upload, in bytes and gzip bytes. */
function bundle(config: string): { bytes: number; gzip: number } {
  const out = mkdtempSync(join(tmpdir(), "rebound-bundle-"));
  run(["deploy", "--dry-run", "--outdir", out, "--config", config]);
  const file = readdirSync(out).find((f) => f.endsWith(".js"));
  const code = readFileSync(join(out, file ?? "index.js"));
  rmSync(out, { recursive: true, force: true });
  return { bytes: code.byteLength, gzip: gzipSync(code).byteLength };
}

const withSdk = bundle(join(root, "wrangler.toml"));
const noSdkConfig = join(root, ".bench-no-sdk.wrangler.toml");
writeFileSync(
  noSdkConfig,
  readFileSync(join(root, "wrangler.toml"), "utf8").replace(
    "[alias]",
    [
      "[alias]",
      // What stays statically imported: the error classes and the JSON Schema helper.
      '"@anthropic-ai/sdk/error" = "./node_modules/@anthropic-ai/sdk/error.mjs"',
      '"@anthropic-ai/sdk/lib/transform-json-schema" = "./node_modules/@anthropic-ai/sdk/lib/transform-json-schema.mjs"',
      '"@anthropic-ai/sdk" = "./scripts/bench-no-sdk.ts"',
    ].join("\n"),
  ),
);
let withoutSdk: { bytes: number; gzip: number };
try {
  withoutSdk = bundle(noSdkConfig);
} finally {
  rmSync(noSdkConfig, { force: true });
}

// The tests' fake Anthropic API on a local port, for the runs with a key.
const fake = createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const response = await fakeAnthropicOutbound(
    new Request(`http://${FAKE_ANTHROPIC_HOST}${incoming.url ?? "/"}`, {
      method: incoming.method ?? "GET",
      headers,
      ...(incoming.method === "POST" ? { body: Buffer.concat(chunks) } : {}),
    }) as never,
  );
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
});
await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
const fakePort = (fake.address() as { port: number }).port;

const fixturesDir = join(root, "test", "fixtures", "inbound");
const fixtures = readdirSync(fixturesDir)
  .filter((f) => f.endsWith(".eml"))
  .sort()
  .map((f) => readFileSync(join(fixturesDir, f), "utf8"));
const FIRST = readFileSync(join(fixturesDir, "fwd-gmail-web-en-northwind-panel-note.eml"), "utf8");

/** The sender a fixture was written from: the user for forwards, a contact for replies. */
function senderOf(raw: string): string {
  return (/^From:.*?([^\s<>"]+@[^\s<>"]+)/im.exec(raw)?.[1] ?? OWNER).toLowerCase();
}

/** A fresh workerd with a fresh local D1 holding one user; the isolate has served nothing. */
async function freshWorker(withKey: boolean) {
  const state = mkdtempSync(join(tmpdir(), "rebound-cold-"));
  run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
  run([
    "d1",
    "execute",
    "DB",
    "--local",
    "--persist-to",
    state,
    "--command",
    `INSERT INTO users (id, inbox_address, owner_address, display_name, time_zone, digest_hour, created_at)
     VALUES ('u1', '${INBOX}', '${OWNER}', 'Jordan Lee', 'Europe/Berlin', 8, '2026-01-01T00:00:00Z');
     INSERT INTO user_addresses (user_id, address) VALUES ('u1', 'jordan.lee@outlook.com'),
       ('u1', 'jordanlee@icloud.com'), ('u1', 'jordan.lee@yahoo.com'), ('u1', 'jordan@jordanlee.dev');`,
  ]);
  forgetWorkerd();
  const worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    ...(withKey
      ? {
          bindings: {
            ANTHROPIC_API_KEY: { type: "plain_text", value: "sk-bench-not-a-key" },
            ANTHROPIC_BASE_URL: {
              type: "plain_text",
              value: `http://127.0.0.1:${fakePort}/sk-bench/good`,
            },
          },
        }
      : {}),
    dev: { persist: state, server: { port: 0 }, inspector: false, logLevel: "none", watch: false },
  });
  await worker.ready;
  // Let start-up (module evaluation, the warm-up) finish before the first message.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return { worker, state };
}

/** Delivers one raw message to the email() handler; returns workerd's CPU for it, in ms. */
async function deliver(
  worker: Awaited<ReturnType<typeof freshWorker>>["worker"],
  raw: string,
  n: number,
): Promise<number> {
  // A Message-ID of its own, so the steady state measures understanding, not de-duplication.
  const unique = raw.replace(/^Message-ID:\s*<([^>]*)>/im, `Message-ID: <bench-${n}-$1>`);
  const from = senderOf(raw);
  const before = threadCpuNs();
  const response = await worker.fetch(
    `http://bench/cdn-cgi/local/email?from=${encodeURIComponent(from)}&to=${encodeURIComponent(INBOX)}`,
    { method: "POST", body: unique },
  );
  await response.arrayBuffer();
  return busiestThreadNs(before) / 1e6;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

const first = { withoutKey: [] as number[], withKey: [] as number[] };
let steady: number[] = [];
for (let r = 0; r < RUNS; r++) {
  for (const withKey of [false, true]) {
    const { worker, state } = await freshWorker(withKey);
    try {
      (withKey ? first.withKey : first.withoutKey).push(await deliver(worker, FIRST, 0));
      if (!withKey && r === 0) {
        steady = [];
        for (let i = 0; i < fixtures.length; i++) {
          steady.push(await deliver(worker, fixtures[i] ?? "", i + 1));
        }
      }
    } finally {
      await worker.dispose();
      rmSync(state, { recursive: true, force: true });
    }
  }
}
fake.close();

console.log(
  JSON.stringify({
    bundle: { withSdk, withoutSdk },
    firstMessageMs: { withoutKey: median(first.withoutKey), withKey: median(first.withKey) },
    steady: { messages: steady.length, medianMs: median(steady), p99Ms: pct(steady, 99) },
  }),
);
