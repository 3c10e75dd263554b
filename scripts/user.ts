// npm run user -- <add|list|show|set|delete> [options]
// Adds, lists, changes and deletes job seekers through the admin API: by default the local dev
// server (`npm run dev`, http://127.0.0.1:8787, its ADMIN_TOKEN read from .dev.vars), or the
// deployed Worker with --remote (REBOUND_URL and ADMIN_TOKEN from the environment).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const root = join(import.meta.dirname, "..");
const HELP = `Usage: npm run user -- <command> [options]

Commands:
  add     --owner you@gmail.com --inbox jobs@your-domain.dev [--name "Jordan Lee"]
          [--timezone Europe/Berlin] [--hour 8] [--also you@work.example ...]
          [--delivery handoff|direct] [--sending-address you@your-domain.dev]
          [--targets "Acme, Globex"]
  list
  show    <id>
  set     <id> [--name ...] [--timezone ...] [--hour ...] [--language de|auto]
          [--delivery ...] [--sending-address ...] [--targets ...] [--pause | --resume]
  delete  <id> --yes

Where:
  (default)  the local dev server started with "npm run dev" (local D1), at
             http://127.0.0.1:8787, with ADMIN_TOKEN from .dev.vars
  --url URL  another dev server
  --remote   the deployed Worker: REBOUND_URL=https://rebound.<you>.workers.dev and
             ADMIN_TOKEN in the environment`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    owner: { type: "string" },
    inbox: { type: "string" },
    name: { type: "string" },
    timezone: { type: "string" },
    hour: { type: "string" },
    also: { type: "string", multiple: true },
    delivery: { type: "string" },
    "sending-address": { type: "string" },
    targets: { type: "string" },
    language: { type: "string" },
    pause: { type: "boolean" },
    resume: { type: "boolean" },
    yes: { type: "boolean" },
    remote: { type: "boolean" },
    url: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** KEY=value lines of .dev.vars (wrangler's local secrets file). */
function devVars(): Record<string, string> {
  const file = join(root, ".dev.vars");
  if (!existsSync(file)) return {};
  const vars: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*"?(.*?)"?\s*$/.exec(line);
    if (match?.[1]) vars[match[1]] = match[2] ?? "";
  }
  return vars;
}

function target(): { base: string; token: string } {
  if (values.remote) {
    const base = process.env.REBOUND_URL;
    const token = process.env.ADMIN_TOKEN;
    if (!base || !token) {
      fail("--remote needs REBOUND_URL (https://rebound.<you>.workers.dev) and ADMIN_TOKEN set.");
    }
    return { base: base.replace(/\/+$/, ""), token };
  }
  const token = process.env.ADMIN_TOKEN ?? devVars().ADMIN_TOKEN;
  if (!token) {
    fail(
      "No ADMIN_TOKEN: copy .dev.vars.example to .dev.vars (and restart npm run dev), or set ADMIN_TOKEN.",
    );
  }
  return { base: (values.url ?? "http://127.0.0.1:8787").replace(/\/+$/, ""), token };
}

async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const { base, token } = target();
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    fail(
      values.remote
        ? `Could not reach ${base}.`
        : `Could not reach ${base}: start the Worker with "npm run dev" in another terminal first.`,
    );
  }
  const text = await response.text();
  const json = text ? (JSON.parse(text) as unknown) : null;
  if (!response.ok) {
    const detail = JSON.stringify(json);
    if (response.status === 401) {
      fail(
        "401: the ADMIN_TOKEN does not match the Worker's. Locally: .dev.vars, then restart npm run dev.",
      );
    }
    fail(`${method} ${path} failed: HTTP ${response.status} ${detail}`);
  }
  return json;
}

function settingsFromFlags(): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (values.name !== undefined) body.displayName = values.name;
  if (values.timezone !== undefined) body.timeZone = values.timezone;
  if (values.hour !== undefined) {
    const hour = Number(values.hour);
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) fail("--hour is 0 to 23.");
    body.digestHour = hour;
  }
  if (values.delivery !== undefined) body.deliveryMode = values.delivery;
  if (values["sending-address"] !== undefined) body.sendingAddress = values["sending-address"];
  if (values.targets !== undefined) {
    body.targetCompanies = values.targets
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
  }
  return body;
}

interface ShownUser {
  id: string;
  forwardingAddress?: string;
  inboxAddress: string;
  ownerAddress: string;
  displayName: string | null;
  timeZone: string;
  digestHour: number;
  deliveryMode: string;
  paused: boolean;
}

function describe(user: ShownUser): string {
  return [
    `  id:                 ${user.id}`,
    `  forwarding address: ${user.forwardingAddress ?? user.inboxAddress}`,
    `  owner:              ${user.ownerAddress}`,
    `  name:               ${user.displayName ?? "(not set)"}`,
    `  digest:             ${String(user.digestHour).padStart(2, "0")}:00 ${user.timeZone}${user.paused ? " (paused)" : ""}`,
    `  delivery:           ${user.deliveryMode}`,
  ].join("\n");
}

async function main(): Promise<void> {
  const [command, id] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return;
  }
  switch (command) {
    case "add": {
      if (!values.owner || !values.inbox) fail(`add needs --owner and --inbox.\n\n${HELP}`);
      const created = (await api("POST", "/admin/users", {
        inboxAddress: values.inbox,
        ownerAddress: values.owner,
        otherAddresses: values.also ?? [],
        ...settingsFromFlags(),
      })) as { id: string; forwardingAddress?: string; inboxAddress?: string };
      const user = (await api("GET", `/admin/users/${created.id}`)) as ShownUser;
      const forwarding = created.forwardingAddress ?? user.forwardingAddress ?? user.inboxAddress;
      console.log(`Created ${user.displayName ?? user.ownerAddress}:\n${describe(user)}`);
      console.log(
        `\nForward rejections from ${user.ownerAddress} to ${forwarding}. The first digest (a short welcome) comes at the next ${String(user.digestHour).padStart(2, "0")}:00 ${user.timeZone} with something in it.`,
      );
      return;
    }
    case "list": {
      const { users } = (await api("GET", "/admin/users")) as { users: ShownUser[] };
      if (users.length === 0) console.log("No users yet: npm run user -- add --owner … --inbox …");
      for (const user of users) console.log(`${describe(user)}\n`);
      return;
    }
    case "show": {
      if (!id) fail("show needs the user's id (npm run user -- list).");
      console.log(describe((await api("GET", `/admin/users/${id}`)) as ShownUser));
      return;
    }
    case "set": {
      if (!id) fail("set needs the user's id (npm run user -- list).");
      const body = settingsFromFlags();
      if (values.language !== undefined) body.language = values.language;
      if (values.pause) body.paused = true;
      if (values.resume) body.paused = false;
      if (Object.keys(body).length === 0) fail(`set needs at least one setting.\n\n${HELP}`);
      const user = (await api("PATCH", `/admin/users/${id}`, body)) as ShownUser;
      console.log(`Updated:\n${describe(user)}`);
      return;
    }
    case "delete": {
      if (!id) fail("delete needs the user's id (npm run user -- list).");
      if (!values.yes) fail(`This deletes the user and all their data. Add --yes to confirm.`);
      await api("DELETE", `/admin/users/${id}`);
      console.log(`Deleted ${id} and everything they owned.`);
      return;
    }
    default:
      fail(`Unknown command "${command}".\n\n${HELP}`);
  }
}

await main();
