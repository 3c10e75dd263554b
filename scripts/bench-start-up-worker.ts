// A bench Worker for `npm run bench` that loads Rebound's inbound path without running its
// start-up warm-up (it does not import src/index.ts), so the warm-up's CPU can be measured in
// a cold isolate: POST /warm runs src/inbound/warm-up-inbound.ts between two CPU marks.
import { warmUpInbound } from "../src/inbound/warm-up-inbound.ts";
import { measured } from "./bench-marks.ts";

export default {
  async fetch(request, env: Env & { BENCH_MARK_URL?: string }) {
    const url = new URL(request.url);
    if (url.pathname === "/noop") {
      const { ns } = await measured(env, async () => null);
      return Response.json({ ns });
    }
    if (url.pathname === "/warm") {
      const { ns, value } = await measured(env, () => warmUpInbound());
      return Response.json({ ns, outcomes: value.map((o) => o.kind) });
    }
    return new Response("not found", { status: 404 });
  },
} satisfies ExportedHandler<Env & { BENCH_MARK_URL?: string }>;
