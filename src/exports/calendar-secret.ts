import { hashReplyToken } from "../digest/reply-token.ts";

/** 128 random bits, hex: unguessable, and short enough for a URL a phone calendar keeps. */
export async function newCalendarSecret(): Promise<{ secret: string; hash: string }> {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const secret = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { secret, hash: await hashCalendarSecret(secret) };
}

/** Only the SHA-256 is stored, like the digest's reply token: a leaked table reveals no feed. */
export function hashCalendarSecret(secret: string): Promise<string> {
  return hashReplyToken(secret);
}

/** The feed's address: PUBLIC_URL + /calendar/<secret>.ics, or just the path without one. */
export function calendarUrl(publicUrl: string | null, secret: string): string {
  return `${publicUrl ?? ""}/calendar/${secret}.ics`;
}
