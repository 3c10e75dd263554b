import { afterEach, describe, expect, it, vi } from "vitest";
import { warmUpInbound } from "../../src/inbound/warm-up-inbound.ts";
import { bothWidths, WARM_UP_SAMPLES } from "../../src/inbound/warm-up-samples.ts";

describe("warmUpInbound", () => {
  afterEach(() => vi.restoreAllMocks());

  it("takes every sample through the whole pipeline to a stored, understood message", async () => {
    const logged = vi.spyOn(console, "error");
    const outcomes = await warmUpInbound();
    // Two rounds of the forward and the contact's reply, then one of a forward per other
    // language and of each other kind of mail in one-byte and in two-byte text.
    expect(outcomes).toHaveLength(4 + 6 + WARM_UP_SAMPLES.flatMap(bothWidths).length);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ kind: "stored", status: "processed" });
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
