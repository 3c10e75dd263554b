/** A digest reply address is good for a week: long enough for a holiday, short enough to limit replay. */
export const REPLY_TOKEN_DAYS = 7;

/** 128 random bits, as 32 lower-case hex characters (safe in an address's local part). */
export function newReplyToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** What D1 stores instead of the token itself. */
export async function hashReplyToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** jobs@example.dev + token -> jobs+<token>@example.dev */
export function replyAddress(inboxAddress: string, token: string): string {
  const [local, domain] = inboxAddress.split("@");
  return `${local}+${token}@${domain}`;
}
