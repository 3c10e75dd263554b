/** Headers that mark a message as written by a machine in answer to another (RFC 3834 and common practice). */
export function isAutoReply(headers: ReadonlyMap<string, readonly string[]>): boolean {
  const first = (name: string) => (headers.get(name)?.[0] ?? "").trim().toLowerCase();
  const autoSubmitted = first("auto-submitted");
  if (autoSubmitted !== "" && autoSubmitted !== "no") return true;
  if (headers.has("x-autoreply") || headers.has("x-autorespond")) return true;
  if (first("x-auto-response-suppress").includes("all") && first("x-autoreply") !== "") return true;
  return false;
}

/** Mailing-list or bulk mail: recorded, never acted on. */
export function isBulk(headers: ReadonlyMap<string, readonly string[]>): boolean {
  const precedence = (headers.get("precedence")?.[0] ?? "").trim().toLowerCase();
  return precedence === "bulk" || precedence === "list" || precedence === "junk";
}
