// `node scripts/bench-profile.ts [--first] [--runs N] [--out FILE]`: where the inbound
// pipeline's CPU goes in workerd, from V8's own sampling profiler (the inspector workerd
// exposes), not Node's. Starts scripts/bench-inbound-worker.ts in a fresh workerd, lets its
// start-up warm-up finish, then profiles either every fixture of test/fixtures/inbound through
// the pipeline `runs` times each (the steady state), or with `--first` the first message in
// the fresh isolate alone. Prints self time per function and per source file, and the
// inclusive time of the pipeline's steps; `--out` also writes the .cpuprofile (DevTools opens
// it). With `--sights`, two profiles instead: every fixture's first sight (once each, after the
// warm-up), then every fixture's second, and the time per pipeline phase (parse, unwrap,
// classify, company, role, people, planning and drafting, D1 statements, the rest) in each, with
// the functions whose self time the first sight adds most: what a first sight compiles that a
// second does not. Sampling costs some speed, so read shares, not absolute figures.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unstable_startWorker } from "wrangler";
import { CONTACT_TO, FORWARD_TO } from "./bench-user.ts";
import { inboundFixtures } from "./inbound-fixtures.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 10) || 10;
const FIRST = process.argv.includes("--first");
const OUT = arg("--out");
const ONLY = arg("--only");
const SIGHTS = process.argv.includes("--sights");
const root = new URL("..", import.meta.url).pathname;

const fixtures = inboundFixtures(root, ONLY);

const worker = await unstable_startWorker({
  config: join(root, "wrangler.toml"),
  entrypoint: join(root, "scripts", "bench-inbound-worker.ts"),
  dev: {
    server: { port: 0 },
    inspector: { port: 0 },
    logLevel: "none",
    watch: false,
    persist: join(root, ".wrangler", "profile-state"),
  },
});
await worker.ready;
const inspectorUrl = await worker.inspectorUrl;
if (!inspectorUrl) throw new Error("workerd gave no inspector");

// wrangler's inspector proxy lists the Worker's target at /json.
const targets = (await (await fetch(`http://${inspectorUrl.host}/json`)).json()) as {
  webSocketDebuggerUrl: string;
}[];
const socketUrl = targets[0]?.webSocketDebuggerUrl ?? `ws://${inspectorUrl.host}/`;
// The proxy accepts DevTools from local origins only.
const socket = new WebSocket(socketUrl, {
  headers: { Origin: "http://localhost" },
} as unknown as string[]);
await new Promise((resolve, reject) => {
  socket.addEventListener("open", resolve);
  socket.addEventListener("error", reject);
});
let nextId = 1;
const waiting = new Map<number, (result: unknown) => void>();
socket.addEventListener("message", (event: { data: unknown }) => {
  const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
  if (message.id && waiting.has(message.id)) {
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  }
});
const send = <T>(method: string, params: Record<string, unknown> = {}) =>
  new Promise<T>((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve as (result: unknown) => void);
    socket.send(JSON.stringify({ id, method, params }));
  });

const post = async (path: string, query: Record<string, string>, body: string) => {
  const response = await worker.fetch(`http://bench${path}?${new URLSearchParams(query)}`, {
    method: "POST",
    body,
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
};

// Start-up (module evaluation, the warm-up) runs on the first request.
await post("/noop", {}, "");
await new Promise((resolve) => setTimeout(resolve, 500));

await send("Profiler.enable");
await send("Profiler.setSamplingInterval", { interval: 50 });

/** Profiles `runs` passes of `chosen` through the pipeline (one `/receive` per message). */
async function profiled(chosen: typeof fixtures, runs: number): Promise<CpuProfile> {
  await send("Profiler.start");
  for (const f of chosen) {
    const to = f.route === "reply" ? CONTACT_TO : FORWARD_TO;
    await post("/receive", { from: f.from, to, contact: f.from, runs: String(runs) }, f.raw);
  }
  return (await send<{ profile: CpuProfile }>("Profiler.stop")).profile;
}

const chosen = FIRST
  ? fixtures.filter((f) => f.file === "fwd-gmail-web-en-northwind-panel-note.eml")
  : fixtures;
const profile = await profiled(chosen, FIRST || SIGHTS ? 1 : RUNS);
const second = SIGHTS ? await profiled(chosen, 1) : null;
socket.close();
await worker.dispose();
if (OUT) writeFileSync(OUT, JSON.stringify(profile));

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = (url: string) =>
  url.replace(/^.*?\/(src|node_modules|scripts)\//, "$1/") || "(native)";
const fnKey = (n: CpuNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${file(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** Self, inclusive and per-phase time of one profile, in ms. */
function analyse(profile: CpuProfile) {
  const timeOf = new Map<number, number>();
  profile.samples.forEach((node, i) => {
    timeOf.set(node, (timeOf.get(node) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfFn = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const inclusiveFn = new Map<string, number>();
  const phases = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of timeOf) {
    const n = byId.get(id);
    if (!n) continue;
    if (n.callFrame.functionName === "(idle)") continue;
    total += ms;
    selfFn.set(fnKey(n), (selfFn.get(fnKey(n)) ?? 0) + ms);
    selfFile.set(file(n.callFrame.url), (selfFile.get(file(n.callFrame.url)) ?? 0) + ms);
    // Inclusive: once per distinct function on the stack.
    const seen = new Set<string>();
    let phase: string | null = null;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      phase ??= phaseOf(node);
      const key = fnKey(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusiveFn.set(key, (inclusiveFn.get(key) ?? 0) + ms);
    }
    const name = phase ?? (n.callFrame.url ? "other" : n.callFrame.functionName || "(native)");
    phases.set(name, (phases.get(name) ?? 0) + ms);
  }
  return { total, selfFn, selfFile, inclusiveFn, phases };
}

/**
 * The pipeline phase a frame belongs to: by the step function it is (the innermost step on the
 * stack decides) or, for code that runs after an `await` with no step above it, by its file.
 */
const PHASE_BY_FUNCTION: Record<string, string> = {
  parseEmail: "parse",
  readMessage: "unwrap",
  classifyMessage: "classify",
  detectLanguage: "classify",
  chooseCompany: "company",
  employerForCategory: "company",
  ownCareerSiteEmployer: "company",
  platformsNamedIn: "company",
  htmlLabels: "company",
  findRole: "role",
  collectContacts: "people",
  contactsFromNote: "people",
  extractDetails: "extract (signature, sender)",
  findReturnDate: "plan and drafts",
  planInboundRecord: "plan and drafts",
  followUpsForMessage: "plan and drafts",
  lookUpArrival: "D1 statements",
  lookUpRelated: "D1 statements",
  recordInbound: "D1 statements",
  countRefusal: "D1 statements",
  readHeaders: "headers and route",
  routeEmail: "headers and route",
  sha256Hex: "headers and route",
};
function phaseOf(node: CpuNode): string | null {
  const byName = PHASE_BY_FUNCTION[node.callFrame.functionName.replace(/\d+$/, "")];
  if (byName) return byName;
  const url = node.callFrame.url;
  if (url.includes("postal-mime")) return "parse";
  if (url.includes("/src/db/") || url.includes("stand-in-d1")) return "D1 statements";
  if (url.includes("/src/plan/") || url.includes("/src/drafts/") || url.includes("chrono-node"))
    return "plan and drafts";
  return null;
}

const top = (map: Map<string, number>, total: number, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(
      ([k, ms]) =>
        `${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${k}`,
    )
    .join("\n");

const first = analyse(profile);
if (second) {
  // Per message, first sight against second, by phase; then what the first sight adds most.
  const again = analyse(second);
  const n = chosen.length;
  const names = [...new Set([...first.phases.keys(), ...again.phases.keys()])].sort(
    (a, b) => (first.phases.get(b) ?? 0) - (first.phases.get(a) ?? 0),
  );
  const row = (name: string, a: number, b: number) =>
    `${name.padEnd(30)}${(a / n).toFixed(3).padStart(10)}${(b / n).toFixed(3).padStart(10)}${((a - b) / n).toFixed(3).padStart(10)}`;
  console.log(`Sampled ms per message over ${n} messages (sampling slows code: read shares)`);
  console.log(
    `${"phase".padEnd(30)}${"first".padStart(10)}${"second".padStart(10)}${"added".padStart(10)}`,
  );
  for (const name of names)
    console.log(row(name, first.phases.get(name) ?? 0, again.phases.get(name) ?? 0));
  console.log(row("all", first.total, again.total));
  const added = new Map<string, number>();
  for (const [k, ms] of first.selfFn) added.set(k, ms - (again.selfFn.get(k) ?? 0));
  console.log(
    `\nSelf time the first sight adds, by function:\n${top(added, first.total - again.total, 40)}`,
  );
} else {
  const messages = FIRST ? 1 : chosen.length * RUNS;
  console.log(
    `Sampled ${first.total.toFixed(1)} ms over ${messages} messages (${(first.total / messages).toFixed(3)} ms each)`,
  );
  console.log(`\nSelf time by file:\n${top(first.selfFile, first.total, 30)}`);
  console.log(`\nSelf time by function:\n${top(first.selfFn, first.total, 50)}`);
  console.log(`\nInclusive time by function:\n${top(first.inclusiveFn, first.total, 80)}`);
}
