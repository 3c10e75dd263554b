import type { OutgoingEmail } from "./compose-mime.ts";

/** Rebound's own mail to a user (a confirmation, a handoff), before it gets its id and date. */
export type ServiceMail = Omit<OutgoingEmail, "messageId" | "date">;

/**
 * How Rebound sends. `notify` is its own mail to a user, written as MIME here like the digest;
 * `send` is mail on the user's behalf to someone else, through the Email Sending builder.
 */
export interface Mailer {
  notify(mail: ServiceMail): Promise<{ messageId: string }>;
  send(message: EmailMessageBuilder): Promise<EmailSendResult>;
}

/** A send that has not answered after this long is treated as an unknown outcome, never retried. */
export const SEND_TIMEOUT_MS = 20_000;

/** Thrown when a send did not answer in time: the request may or may not have left. */
export class SendTimeout extends Error {
  constructor() {
    super(`no answer from Email Sending within ${SEND_TIMEOUT_MS / 1000} s`);
    this.name = "SendTimeout";
  }
}

/** Runs a send against a deadline. */
export async function withDeadline<T>(send: Promise<T>, timeoutMs = SEND_TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new SendTimeout()), timeoutMs);
  });
  try {
    return await Promise.race([send, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
