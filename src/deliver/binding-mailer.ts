import { EmailMessage } from "cloudflare:email";
import { composeMime } from "./compose-mime.ts";
import { type Mailer, withDeadline } from "./mailer.ts";

/** The Email Sending binding as a Mailer, each send with a deadline. */
export function bindingMailer(binding: SendEmail): Mailer {
  return {
    notify: (mail) => {
      const domain = mail.from.address.split("@")[1] ?? "rebound.invalid";
      const raw = composeMime({
        ...mail,
        messageId: `<${crypto.randomUUID()}@${domain}>`,
        date: new Date(),
      });
      return withDeadline(binding.send(new EmailMessage(mail.from.address, mail.to, raw)));
    },
    send: (message) => withDeadline(binding.send(message)),
  };
}
