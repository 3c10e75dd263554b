import { handleScheduled } from "./digest/handle-scheduled.ts";
import { app } from "./http/app.ts";
import { handleEmail } from "./inbound/handle-email.ts";

export default {
  fetch: app.fetch,
  email: handleEmail,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Env>;
