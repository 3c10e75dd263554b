// npm run demo: Rebound end to end on local defaults (local D1, simulated mail, no API key).
// Starts `wrangler dev` on a fresh local database, creates a demo job seeker, forwards a few
// example rejections to the Worker's email() handler, prints what Rebound understood and
// stored, runs the cron for the daily digest, replies to it (approve 1, edit 2, skip 3) and
// prints the path of every email Rebound sent.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import PostalMime, { type Email } from "postal-mime";
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

/** New .eml files, once at least `atLeast` have appeared and none came for half a second. */
async function waitForNewEmails(before: Set<string>, atLeast = 1): Promise<string[]> {
  let seen = 0;
  for (let i = 0; i < 40; i++) {
    const fresh = (await listEmails()).filter((f) => !before.has(f)).sort();
    if (fresh.length >= atLeast && fresh.length === seen) return fresh;
    seen = fresh.length;
    await new Promise((r) => setTimeout(r, 500));
  }
  return (await listEmails()).filter((f) => !before.has(f)).sort();
}

async function keep(file: string, name: string): Promise<string> {
  const kept = join(keptMail, name);
  await copyFile(file, kept);
  return kept;
}

/** A sent .eml, parsed, with its text's line ends made plain. */
async function readEmail(file: string): Promise<Email> {
  const email = await PostalMime.parse(await readFile(file));
  return { ...email, text: email.text?.replace(/\r\n/g, "\n") };
}

/** The digest's numbered drafts, read from its text part: "1.  Thank-you to Rachel …". */
function numberedDrafts(text: string): { number: number; title: string; name: string }[] {
  const out: { number: number; title: string; name: string }[] = [];
  for (const match of text.matchAll(/^(\d+)\.\s+(.+)\n\s+To: ([^<(\n]+)/gm)) {
    out.push({
      number: Number(match[1]),
      title: (match[2] ?? "").trim(),
      name: (match[3] ?? "").trim(),
    });
  }
  return out;
}

/** A reply the way a mail app writes one: the user's lines on top, the digest quoted below. */
function replyMime(digest: Email, replyAddress: string, text: string): string {
  const quoted = (digest.text ?? "").split("\n").map((l) => `> ${l}`);
  return [
    `From: Jordan Lee <${owner}>`,
    `To: ${replyAddress}`,
    `Subject: Re: ${digest.subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <demo-reply-${randomBytes(6).toString("hex")}@mail.gmail.com>`,
    `In-Reply-To: ${digest.messageId}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    text,
    "",
    `On ${digest.date}, Rebound <${digest.from?.address}> wrote:`,
    ...quoted,
    "",
  ].join("\r\n");
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
    const { id, forwardingAddress } = (await created.json()) as {
      id: string;
      forwardingAddress: string;
    };
    console.log(`• Created job seeker Jordan Lee (forwards to ${forwardingAddress})\n`);

    for (const { file, from } of EXAMPLES) {
      const raw = await readFile(join(fixtures, file));
      const url = `${base}/cdn-cgi/local/email?from=${encodeURIComponent(from)}&to=${encodeURIComponent(forwardingAddress)}`;
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
    // The drafts fall due over the next days: run the cron as it would run two days from now.
    const inTwoDays = Date.now() + 2 * 86_400_000;
    console.log("\n• Running the hourly cron as it will run in two days: the daily digest …");
    await mkdir(keptMail, { recursive: true });
    let before = new Set(await listEmails());
    await fetch(
      `${base}/cdn-cgi/local/scheduled?cron=${encodeURIComponent("0 * * * *")}&time=${inTwoDays}`,
    );
    const [digestFile] = await waitForNewEmails(before);
    if (!digestFile) throw new Error("no digest .eml appeared; see the wrangler log");
    // wrangler dev deletes its temporary directory when it stops: keep copies for the reader.
    const digestPath = await keep(digestFile, "1-digest.eml");
    const digest = await readEmail(digestPath);
    const replyAddress = digest.replyTo?.[0]?.address ?? "";
    const offered = numberedDrafts(digest.text ?? "");
    console.log(`  the digest email: ${digestPath}`);
    console.log(`  subject "${digest.subject}", replies go to ${replyAddress}`);
    for (const item of offered.slice(0, 3)) console.log(`    ${item.number}. ${item.title}`);

    const second = offered[1];
    const firstName = second?.name.split(" ")[0] ?? "there";
    const reply = [
      "approve 1",
      "edit 2",
      `Hi ${firstName}, thank you again for your time during my interviews. I'd be glad to stay in touch. Jordan`,
      "skip 3",
    ].join("\n");
    console.log("\n• Replying to the digest from the owner's address:\n");
    console.log(reply.replace(/^/gm, "    "));
    before = new Set(await listEmails());
    const replied = await fetch(
      `${base}/cdn-cgi/local/email?from=${encodeURIComponent(owner)}&to=${encodeURIComponent(replyAddress)}`,
      { method: "POST", body: replyMime(digest, replyAddress, reply) },
    );
    console.log(`\n  reply delivered → HTTP ${replied.status}`);
    const answers = await waitForNewEmails(before, 3);
    // Handoffs first, the confirmation (which sums them up) last.
    const read = await Promise.all(
      answers.map(async (file) => ({ file, email: await readEmail(file) })),
    );
    read.sort(
      (a, b) =>
        Number(/^Re:/.test(a.email.subject ?? "")) - Number(/^Re:/.test(b.email.subject ?? "")),
    );
    console.log("\nWhat Rebound sent back:");
    for (const [i, { file, email: parsed }] of read.entries()) {
      const isConfirmation = /^Re:/.test(parsed.subject ?? "");
      const kept = await keep(file, `${i + 2}-${isConfirmation ? "confirmation" : "handoff"}.eml`);
      console.log(
        `  ${isConfirmation ? "confirmation" : "ready to send"}: "${parsed.subject}" ${kept}`,
      );
      if (isConfirmation)
        console.log(
          `\n${(parsed.text ?? "").split("\n\nReply to a digest")[0]?.trimEnd().replace(/^/gm, "    ")}\n`,
        );
    }
    console.log(`\nEvery email above is a file in ${keptMail}; local data is in ${persist}.`);
    console.log("Try `npm run analyze -- test/fixtures/inbound/*.eml` on any message.");
  } catch (error) {
    console.error(devLog.slice(-4000));
    throw error;
  } finally {
    dev.kill("SIGTERM");
  }
}

await main();
