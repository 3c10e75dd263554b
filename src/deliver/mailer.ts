/** Sends one composed message. In the Worker: the Email Sending binding's `send(builder)`. */
export type Mailer = (message: EmailMessageBuilder) => Promise<EmailSendResult>;

/** A send that has not answered after this long is treated as an unknown outcome, never retried. */
export const SEND_TIMEOUT_MS = 20_000;

/** Thrown when a send did not answer in time: the request may or may not have left. */
export class SendTimeout extends Error {
  constructor() {
    super(`no answer from Email Sending within ${SEND_TIMEOUT_MS / 1000} s`);
    this.name = "SendTimeout";
  }
}

/** The binding as a Mailer, with a deadline. */
export function bindingMailer(binding: SendEmail, timeoutMs = SEND_TIMEOUT_MS): Mailer {
  return async (message) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new SendTimeout()), timeoutMs);
    });
    try {
      return await Promise.race([binding.send(message), deadline]);
    } finally {
      clearTimeout(timer);
    }
  };
}
