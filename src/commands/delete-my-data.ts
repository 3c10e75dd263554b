import { deletionCodeMatches, saveDeletionRequest } from "../db/deletion.ts";
import { answerHeaders } from "../deliver/answer-headers.ts";
import type { Mailer, ServiceMail } from "../deliver/mailer.ts";
import { plainHtml } from "../deliver/plain-html.ts";
import { answerSubject } from "../domain/outgoing-subject.ts";
import type { User } from "../domain/user.ts";
import { deleteUser } from "../retention/delete-user.ts";

/** How long the code from "delete my data" works. */
const DELETION_CODE_HOURS = 24;
/** Crockford-style alphabet: no 0/O or 1/I/L to misread. */
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Where the answers go and what they answer. */
export interface DeletionParties {
  serviceAddress: string;
  replyMessageId: string | null;
  replySubject: string;
  /** The digest's reply address, so "delete my data confirm …" reaches Rebound as a command. */
  replyAddress: string;
}

/**
 * "delete my data" by reply, in two steps: without a code it answers with a fresh code (only
 * its hash is stored, valid 24 hours); with the right code it deletes everything of the user
 * (D1 rows and raw mail) and sends a last confirmation to the address it had.
 */
export async function handleDataDeletion(
  db: D1Database,
  bucket: R2Bucket | undefined,
  mailer: Mailer,
  user: User,
  code: string | null,
  parties: DeletionParties,
  now: Date,
): Promise<"code_sent" | "deleted" | "wrong_code"> {
  const answer = (text: string, withReplyAddress: boolean): ServiceMail => ({
    from: { name: "Rebound", address: parties.serviceAddress },
    to: user.ownerAddress,
    ...(withReplyAddress ? { replyTo: parties.replyAddress } : {}),
    subject: parties.replySubject.trim()
      ? answerSubject(parties.replySubject)
      : "Rebound: deleting your data",
    text,
    html: plainHtml(text),
    headers: { "Auto-Submitted": "auto-replied", ...answerHeaders(parties.replyMessageId) },
  });
  if (code === null) {
    const fresh = newDeletionCode();
    const expires = new Date(now.getTime() + DELETION_CODE_HOURS * 3_600_000);
    await saveDeletionRequest(db, user.id, await hashCode(fresh), expires, now);
    await mailer.notify(
      answer(
        [
          "You asked Rebound to delete your data: every forwarded message, person, company, draft and digest it keeps for you, and your account.",
          "",
          `To confirm, reply to this email within ${DELETION_CODE_HOURS} hours with this line:`,
          "",
          `delete my data confirm ${fresh}`,
          "",
          "If you did not ask for this, ignore this email and nothing is deleted.",
        ].join("\n"),
        true,
      ),
    );
    return "code_sent";
  }
  if (!(await deletionCodeMatches(db, user.id, await hashCode(code), now))) {
    await mailer.notify(
      answer(
        'That code is wrong or has expired, so nothing was deleted. Reply "delete my data" for a new one.\n',
        true,
      ),
    );
    return "wrong_code";
  }
  const deletion = await deleteUser(db, bucket, user.id);
  // Sent after the deletion, to the address it had; no reply address: nothing is left to command.
  await mailer
    .notify(
      answer(
        [
          "Rebound deleted your data: your forwarded messages, people, companies, drafts, digests and your account are gone.",
          deletion.rawObjectsLeft
            ? "A few stored raw messages remain in storage and are removed automatically within 30 days."
            : "",
          "Mail sent to your Rebound address from now on is refused.",
        ]
          .filter(Boolean)
          .join("\n\n"),
        false,
      ),
    )
    .catch((error: unknown) => console.error("deletion confirmation failed", String(error)));
  return "deleted";
}

function newDeletionCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

async function hashCode(code: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(code.trim().toUpperCase()),
  );
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
