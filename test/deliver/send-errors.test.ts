import { describe, expect, it } from "vitest";
import { SendTimeout } from "../../src/deliver/mailer.ts";
import { classifySendError } from "../../src/deliver/send-errors.ts";

const coded = (code: string, message = "send failed") =>
  Object.assign(new Error(message), { code });

describe("classifySendError", () => {
  it.each([
    ["a code property", coded("E_SENDER_NOT_VERIFIED"), "failed", true],
    [
      "a code in the message",
      new Error("E_SENDER_NOT_VERIFIED: domain not onboarded"),
      "failed",
      true,
    ],
    [
      "a plan that only sends to verified addresses",
      coded("E_RECIPIENT_NOT_ALLOWED"),
      "failed",
      true,
    ],
    ["a restricted binding", coded("E_SENDER_NOT_ALLOWED"), "failed", true],
    ["a rate limit", coded("E_RATE_LIMIT_EXCEEDED"), "failed", false],
    ["the daily limit", new Error("E_DAILY_LIMIT_EXCEEDED"), "failed", false],
    ["a suppressed recipient", coded("E_RECIPIENT_SUPPRESSED"), "failed", false],
    ["a message too large", coded("E_CONTENT_TOO_LARGE"), "failed", false],
    [
      "an internal error after the request left",
      coded("E_INTERNAL_SERVER_ERROR"),
      "unknown",
      false,
    ],
    ["a code Rebound does not know", coded("E_SOMETHING_NEW"), "unknown", false],
    ["a lost connection", new Error("Network connection lost."), "unknown", false],
    ["our own deadline", new SendTimeout(), "unknown", false],
    ["a thrown string", "boom", "unknown", false],
  ])("%s", (_case, error, outcome, handoff) => {
    const failure = classifySendError(error);
    expect(failure.outcome).toBe(outcome);
    expect(failure.handoff).toBe(handoff);
    expect(failure.reason.length).toBeGreaterThan(20);
  });

  it("tells the user how to fix an unverified sending domain", () => {
    expect(classifySendError(coded("E_SENDER_NOT_VERIFIED")).reason).toContain(
      "onboard the domain",
    );
  });

  it("never suggests retrying an unknown outcome automatically", () => {
    expect(classifySendError(new Error("socket hang up")).reason).toContain("will not retry");
  });
});
