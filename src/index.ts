import { handleScheduled } from "./digest/handle-scheduled.ts";
import { app } from "./http/app.ts";
import { handleEmail } from "./inbound/handle-email.ts";
import { handleQueue } from "./jobs/handle-queue.ts";
import { warmUpUnderstanding } from "./understand/warm-up.ts";

// Start-up, not the first email, pays for compiling the parser and the rules (see warm-up.ts).
void warmUpUnderstanding();

export default {
  fetch: app.fetch,
  email: handleEmail,
  scheduled: handleScheduled,
  queue: handleQueue,
} satisfies ExportedHandler<Env>;
