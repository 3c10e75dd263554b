// npm run forward -- message.eml [more.eml] [--from you@gmail.com --to jobs@your-domain.dev]
// Wraps each saved message (.eml, "Show original" / "Download message") as a forward from the
// job seeker, the message attached as message/rfc822 the way mail apps forward "as
// attachment", and posts it to the local dev server's email handler (`npm run dev`). Without
// --from/--to it uses the one job seeker of the local server (npm run user -- add …).
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const { values, positionals: files } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    note: { type: "string" },
    url: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

const HELP = `Usage: npm run forward -- message.eml [more.eml ...] [options]

Posts each saved message to the dev server (npm run dev) as a forward from the job seeker.

Options:
  --from ADDRESS  who forwards (default: the local job seeker's owner address)
  --to ADDRESS    their forwarding address (default: the local job seeker's)
  --note TEXT     a line above the forwarded message ("Great rapport with Maya")
  --url URL       the dev server (default http://127.0.0.1:8787)`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function adminToken(): string | undefined {
  if (process.env.ADMIN_TOKEN) return process.env.ADMIN_TOKEN;
  const file = join(root, ".dev.vars");
  if (!existsSync(file)) return undefined;
  return /^\s*ADMIN_TOKEN\s*=\s*"?([^"\r\n]+)"?/m.exec(readFileSync(file, "utf8"))?.[1];
}

/** The one local job seeker's owner and forwarding address, when --from/--to are not given. */
async function defaultParties(base: string): Promise<{ from: string; to: string }> {
  const token = adminToken();
  if (!token)
    fail("Give --from and --to, or put ADMIN_TOKEN in .dev.vars (see .dev.vars.example).");
  const response = await fetch(`${base}/admin/users`, {
    headers: { authorization: `Bearer ${token}` },
  }).catch(() => fail(`Could not reach ${base}: start the Worker with "npm run dev" first.`));
  if (!response.ok) fail(`Listing users failed: HTTP ${response.status}.`);
  const { users } = (await response.json()) as {
    users: { ownerAddress: string; inboxAddress: string; forwardingAddress?: string }[];
  };
  const [user, ...others] = users;
  if (!user) fail("No job seeker yet: npm run user -- add --owner … --inbox … first.");
  if (others.length > 0) fail("Several job seekers: say which with --from and --to.");
  return { from: user.ownerAddress, to: user.forwardingAddress ?? user.inboxAddress };
}

/** The original, attached: a forward "as attachment", which Rebound unwraps like any other. */
function wrapAsForward(original: Buffer, from: string, to: string, note: string): string {
  const boundary = `fwd-${randomBytes(8).toString("hex")}`;
  const subject = /^Subject:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(original.toString("latin1"))?.[1];
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: Fwd: ${(subject ?? "").replace(/\r?\n[ \t]+/g, " ").trim()}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <forward-${randomBytes(8).toString("hex")}@rebound.local>`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    note,
    "",
    `--${boundary}`,
    "Content-Type: message/rfc822",
    'Content-Disposition: attachment; filename="original.eml"',
    "",
    original.toString("latin1").replace(/\r?\n/g, "\r\n"),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

async function main(): Promise<void> {
  if (values.help || files.length === 0) {
    console.log(HELP);
    return;
  }
  const base = (values.url ?? "http://127.0.0.1:8787").replace(/\/+$/, "");
  const parties =
    values.from && values.to ? { from: values.from, to: values.to } : await defaultParties(base);
  for (const file of files) {
    if (!existsSync(file)) fail(`No such file: ${file}`);
    const raw = wrapAsForward(readFileSync(file), parties.from, parties.to, values.note ?? "");
    const url = `${base}/cdn-cgi/local/email?from=${encodeURIComponent(parties.from)}&to=${encodeURIComponent(parties.to)}`;
    const response = await fetch(url, { method: "POST", body: Buffer.from(raw, "latin1") });
    const answer = (await response.text()).trim();
    console.log(
      `${basename(file)}: forwarded from ${parties.from} to ${parties.to} → HTTP ${response.status}${answer ? ` ${answer.slice(0, 200)}` : ""}`,
    );
  }
}

await main();
