// `node scripts/bench-warm-up.ts [--runs N]`: the start-up warm-up's CPU alone, in N fresh
// workerd isolates (scripts/bench-start-up-worker.ts), each figure and their median; what
// `npm run bench` reports as the warm-up, without the rest of the bench.
import { warmUpCosts } from "./inbound-workerd.ts";

const at = process.argv.indexOf("--runs");
const costs = await warmUpCosts(Number(at >= 0 ? process.argv[at + 1] : 5) || 5);
const sorted = [...costs].sort((a, b) => a - b);
console.log(
  `warm-up ms: ${costs.map((c) => c.toFixed(0)).join(", ")}; median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)}`,
);
