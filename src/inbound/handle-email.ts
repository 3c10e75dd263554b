import { bindingMailer } from "../deliver/binding-mailer.ts";
import { readConfig } from "../env.ts";
import { connectClaude } from "../llm/anthropic-client.ts";
import { receiveEmail, tooLargeReason } from "./receive-email.ts";

/**
 * The Worker's email() entry: size cap before reading, then one plain call into the pipeline.
 * Errors are not caught here: a throw makes Email Routing retry the delivery later.
 */
export async function handleEmail(message: ForwardableEmailMessage, env: Env): Promise<void> {
  const config = readConfig(env);
  if (message.rawSize > config.maxMessageBytes) {
    message.setReject(tooLargeReason(config.maxMessageBytes));
    return;
  }
  const raw = new Uint8Array(await new Response(message.raw).arrayBuffer());
  const outcome = await receiveEmail(
    env.DB,
    config,
    { raw, envelopeFrom: message.from, envelopeTo: message.to, receivedAt: new Date() },
    {
      mailer: bindingMailer(env.EMAIL),
      claude: await connectClaude(env),
      // Optional: a deployment without the bucket keeps raw mail in D1 rows where it fits.
      rawMail: (env as { RAW_MAIL?: R2Bucket }).RAW_MAIL,
    },
  );
  if (outcome.kind === "refused") message.setReject(outcome.reason);
}
