import { app } from "./http/app.ts";
import { handleEmail } from "./inbound/handle-email.ts";

export default {
  fetch: app.fetch,
  email: handleEmail,
} satisfies ExportedHandler<Env>;
