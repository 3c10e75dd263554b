// npm run demo: Rebound end to end on local defaults (local D1, simulated mail, no API key).
// Starts `wrangler dev` on a fresh local database, creates a demo job seeker, forwards a few
// example rejections to the Worker's email() handler, then prints what Rebound understood
// and stored.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import type { UserSummary } from "../src/db/summary.ts";

const root = new URL("..", import.meta.url).pathname;
const persist = join(root, ".wrangler", "demo-state");
const fixtures = join(root, "test", "fixtures", "inbound");
const wrangler = join(root, "node_modules", ".bin", "wrangler");
const token = randomBytes(16).toString("hex");
const inbox = "jobs@jordanlee.dev";
const owner = "jordan.lee@gmail.com";

/** The example messages the demo forwards, with who sends each. */
const EXAMPLES: { file: string; from: string }[] = [
  { file: "fwd-gmail-web-en-northwind-panel-note.eml", from: owner },
  { file: "fwd-owa-html-en-silverbirch-on-hold.eml", from: "jordan.lee@outlook.com" },
  { file: "fwd-apple-mail-en-brightwater-keep-on-file.eml", from: "jordanlee@icloud.com" },
  { file: "case-greenhouse-other-candidate.eml", from: owner },
];

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1" };

async function run(args: string[]): Promise<void> {
  const child = spawn(wrangler, args, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  if (code !== 0) throw new Error(`wrangler ${args.join(" ")} exited with ${code}`);
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? done(address.port) : fail()));
    });
  });
}

async function waitForHealth(base: string, dev: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (dev.exitCode !== null) throw new Error("wrangler dev stopped before it was ready");
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("wrangler dev did not become ready within 60 s");
}

/** Where `wrangler dev` writes what the simulated Email Sending binding sends. */
const emailDir = join(root, ".wrangler", "tmp", "email");
/** Where the demo keeps copies of the mail Rebound sent. */
const keptMail = join(root, ".wrangler", "demo-mail");

async function listEmails(): Promise<string[]> {
  const files = await readdir(emailDir, { recursive: true }).catch(() => [] as string[]);
  return files.filter((f) => f.endsWith(".eml")).map((f) => join(emailDir, f));
}

async function waitForNewEmails(before: Set<string>): Promise<string[]> {
  for (let i = 0; i < 20; i++) {
    const fresh = (await listEmails()).filter((f) => !before.has(f));
    if (fresh.length > 0) return fresh;
    await new Promise((r) => setTimeout(r, 250));
  }
  return [];
}

async function main(): Promise<void> {
  await rm(persist, { recursive: true, force: true });
  await rm(keptMail, { recursive: true, force: true });
  console.log("• Applying D1 migrations to a fresh local database …");
  await run(["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist]);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`• Starting the Worker with wrangler dev on ${base} …`);
  const dev = spawn(
    wrangler,
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persist,
      "--var",
      `ADMIN_TOKEN:${token}`,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let devLog = "";
  dev.stdout?.on("data", (chunk) => (devLog += chunk));
  dev.stderr?.on("data", (chunk) => (devLog += chunk));
  try {
    await waitForHealth(base, dev);
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const created = await fetch(`${base}/admin/users`, {
      method: "POST",
      headers: auth,
      body: JSON.stringify({
        inboxAddress: inbox,
        ownerAddress: owner,
        otherAddresses: ["jordan.lee@outlook.com", "jordanlee@icloud.com"],
        displayName: "Jordan Lee",
        timeZone: "Europe/Berlin",
        // Midnight: the demo's digest is due whenever it runs.
        digestHour: 0,
        targetCompanies: ["Globex Systems", "Initech"],
      }),
    });
    if (!created.ok) throw new Error(`creating the demo user failed: ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    console.log(`• Created job seeker Jordan Lee (inbox ${inbox})\n`);

    for (const { file, from } of EXAMPLES) {
      const raw = await readFile(join(fixtures, file));
      const url = `${base}/cdn-cgi/local/email?from=${encodeURIComponent(from)}&to=${encodeURIComponent(inbox)}`;
      const response = await fetch(url, { method: "POST", body: raw });
      console.log(`  forwarded ${file} → HTTP ${response.status}`);
    }

    const summary = (await (
      await fetch(`${base}/admin/users/${id}/summary`, { headers: auth })
    ).json()) as UserSummary;
    console.log("\nWhat Rebound understood:");
    for (const m of summary.inbound) {
      const why = m.reason ? ` (${m.reason})` : "";
      console.log(
        `  ${m.category}${why}, confidence ${m.confidence} — ${m.company ?? "?"} — "${m.subject}"`,
      );
    }
    console.log("\nApplications:");
    for (const a of summary.applications) {
      console.log(`  ${a.company}: ${a.role ?? "(role not stated)"} — ${a.stage}, ${a.outcome}`);
    }
    console.log("\nPeople remembered:");
    for (const c of summary.contacts) {
      console.log(
        `  ${c.name ?? "(no name)"} <${c.email ?? "no address yet"}> — ${c.kind} at ${c.company ?? "?"}`,
      );
    }
    console.log("\nFollow-ups planned (each waits for your approval in the daily digest):");
    for (const d of summary.drafts) {
      const to =
        d.channel === "email" ? `${d.name ?? ""} <${d.email}>` : `${d.name} (${d.channel})`;
      console.log(`  ${d.due_at.slice(0, 10)}  ${d.kind.padEnd(22)} → ${to}`);
    }
    const example = summary.drafts.find((d) => d.channel === "email");
    if (example) {
      console.log(`\nFor example, the ${example.kind.replaceAll("_", " ")} to ${example.name}:\n`);
      console.log(`  Subject: ${example.subject}\n`);
      console.log(example.body.replace(/^/gm, "  "));
    }
    console.log("\n• Running the hourly cron: the daily digest …");
    const before = new Set(await listEmails());
    await fetch(`${base}/cdn-cgi/local/scheduled?cron=${encodeURIComponent("0 * * * *")}`);
    const produced = await waitForNewEmails(before);
    // wrangler dev deletes its temporary directory when it stops: keep copies for the reader.
    await mkdir(keptMail, { recursive: true });
    for (const [i, file] of produced.entries()) {
      const kept = join(keptMail, `digest-${i + 1}.eml`);
      await copyFile(file, kept);
      console.log(`  the digest email: ${kept}`);
    }
    if (produced.length === 0) console.log("  (no digest .eml appeared; see the wrangler log)");
    console.log(
      `\nLocal data is in ${persist}; try \`npm run analyze -- test/fixtures/inbound/*.eml\`.`,
    );
  } catch (error) {
    console.error(devLog.slice(-4000));
    throw error;
  } finally {
    dev.kill("SIGTERM");
  }
}

await main();
