/** The digest reply token in an envelope recipient ("jobs+<32 hex>@domain"), or null. */
export function replyTokenOf(envelopeTo: string): string | null {
  const local = envelopeTo.trim().toLowerCase().split("@")[0] ?? "";
  const tag = local.split("+")[1] ?? "";
  return /^[0-9a-f]{32}$/.test(tag) ? tag : null;
}
