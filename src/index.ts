import { handleEmail } from "./inbound/handle-email.ts";

export default {
  email: handleEmail,
} satisfies ExportedHandler<Env>;
