import { env } from "cloudflare:workers";
import { handleScheduled } from "./digest/handle-scheduled.ts";
import { app } from "./http/app.ts";
import { handleEmail } from "./inbound/handle-email.ts";
import { warmUpInbound } from "./inbound/warm-up-inbound.ts";
import { handleQueue } from "./jobs/handle-queue.ts";

// Start-up, not the first email, pays for compiling the inbound path (see warm-up-inbound.ts),
// unless WARM_UP is "off" (src/env.ts).
if (env.WARM_UP !== "off") void warmUpInbound(env);

export default {
  fetch: app.fetch,
  email: handleEmail,
  scheduled: handleScheduled,
  queue: handleQueue,
} satisfies ExportedHandler<Env>;
