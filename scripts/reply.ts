// npm run reply -- "approve 1" [--digest path/to/digest.eml]
// Answers the latest digest the dev server sent (under .wrangler/tmp/email/, or --digest) the
// way a mail app does when you tap one of its buttons: a new mail from the owner to the
// digest's Reply-To address with the command as its text, posted to the local email handler.
import { randomBytes } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import PostalMime from "postal-mime";

const root = join(import.meta.dirname, "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    digest: { type: "string" },
    url: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const HELP = `Usage: npm run reply -- "approve 1" ["skip 3" ...] [--digest file.eml] [--url URL]

Replies to the latest digest the dev server (npm run dev) sent, one command per argument
(or per line), from the digest's recipient to its reply address.`;

/** The newest digest under .wrangler/tmp/email (wrangler dev's simulated sends). */
async function latestDigest(): Promise<string> {
  const dir = join(root, ".wrangler", "tmp", "email");
  const files = (await readdir(dir, { recursive: true }).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".eml"))
    .map((f) => join(dir, f));
  let best: { file: string; time: number } | null = null;
  for (const file of files) {
    const email = await PostalMime.parse(await readFile(file));
    if (!email.replyTo?.[0]?.address?.includes("+")) continue;
    const time = (await stat(file)).mtimeMs;
    if (!email.inReplyTo && (!best || time > best.time)) best = { file, time };
  }
  if (!best) {
    console.error("No digest found under .wrangler/tmp/email: run the cron first (see README).");
    process.exit(1);
  }
  return best.file;
}

async function main(): Promise<void> {
  if (values.help || positionals.length === 0) {
    console.log(HELP);
    return;
  }
  const file = values.digest ?? (await latestDigest());
  const digest = await PostalMime.parse(await readFile(file));
  const replyTo = digest.replyTo?.[0]?.address;
  const owner = digest.to?.[0]?.address;
  if (!replyTo || !owner) throw new Error(`${file} has no Reply-To or To`);
  const text = positionals.join("\n");
  const raw = [
    `From: ${owner}`,
    `To: ${replyTo}`,
    `Subject: Re: ${digest.subject ?? ""}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <reply-${randomBytes(6).toString("hex")}@rebound.local>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    text.replace(/\r?\n/g, "\r\n"),
    "",
  ].join("\r\n");
  const base = (values.url ?? "http://127.0.0.1:8787").replace(/\/+$/, "");
  const url = `${base}/cdn-cgi/local/email?from=${encodeURIComponent(owner)}&to=${encodeURIComponent(replyTo)}`;
  const response = await fetch(url, { method: "POST", body: raw });
  console.log(`replied to "${digest.subject}" (${file})\nfrom ${owner} to ${replyTo}:`);
  console.log(text.replace(/^/gm, "  "));
  console.log(`→ HTTP ${response.status}; the confirmation lands in .wrangler/tmp/email/`);
}

await main();
