/** What the Worker did with a message: whether it was refused, and why. */
export interface TestMessage extends ForwardableEmailMessage {
  rejected: string | null;
}

/** Builds the object Email Routing hands to `email()`, from a raw message and its envelope. */
export function emailMessage(raw: string | Uint8Array, from: string, to: string): TestMessage {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  const headers = new Headers();
  const headerBlock =
    new TextDecoder().decode(bytes.slice(0, 64 * 1024)).split(/\r?\n\r?\n/)[0] ?? "";
  for (const line of headerBlock.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      try {
        headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      } catch {
        // A header the Headers class refuses is still in the raw message, which is what counts.
      }
    }
  }
  const message: TestMessage = {
    from,
    to,
    headers,
    raw: new Blob([bytes]).stream(),
    rawSize: bytes.byteLength,
    canBeForwarded: false,
    rejected: null,
    setReject(reason: string) {
      message.rejected = reason;
    },
    forward: async () => ({ messageId: "<forwarded@test>" }),
    reply: async () => ({ messageId: "<reply@test>" }),
  };
  return message;
}
