import { CATEGORIES, type Understanding } from "../../schemas/understanding.ts";
import { companyKey } from "../../src/understand/company-key.ts";

/** What a fixture's sidecar says Rebound must understand (test/fixtures/README.md). */
export interface Expected {
  route: "forward" | "reply";
  category: Understanding["category"];
  reason: Understanding["reason"];
  company: string | null;
  role: string | null;
  contacts: { name: string | null; email: string | null; kind: string }[];
  language: string;
  about?: string;
}

export interface FixtureResult {
  file: string;
  expected: Expected;
  actual: Understanding;
}

const normaliseName = (name: string | null) =>
  (name ?? "").normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

export const sameCompany = (a: string | null, b: string | null) =>
  companyKey(a ?? "") === companyKey(b ?? "");

export const sameRole = (a: string | null, b: string | null) =>
  (a ?? "").replace(/\s+/g, " ").trim().toLowerCase() ===
  (b ?? "").replace(/\s+/g, " ").trim().toLowerCase();

/** A contact is extracted exactly when an actual one has the same name and the same email. */
export function contactFound(
  wanted: Expected["contacts"][number],
  actual: Understanding["contacts"],
): boolean {
  return actual.some(
    (c) => normaliseName(c.name) === normaliseName(wanted.name) && c.email === wanted.email,
  );
}

export interface Scores {
  macroF1: number;
  perCategory: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  reasonAccuracy: number;
  companyAccuracy: number;
  roleAccuracy: number;
  contactsExact: number;
  contactsTotal: number;
  spuriousContacts: number;
}

/** Per-category precision, recall and F1, and their mean over the categories that occur. */
export function categoryF1(
  results: readonly { expected: { category: string }; actual: { category: string } }[],
): { macroF1: number; perCategory: Scores["perCategory"] } {
  const perCategory: Scores["perCategory"] = {};
  const f1s: number[] = [];
  for (const category of CATEGORIES) {
    const tp = results.filter(
      (r) => r.expected.category === category && r.actual.category === category,
    ).length;
    const predicted = results.filter((r) => r.actual.category === category).length;
    const support = results.filter((r) => r.expected.category === category).length;
    if (support === 0 && predicted === 0) continue;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perCategory[category] = { precision, recall, f1, support };
    f1s.push(f1);
  }
  return { macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length), perCategory };
}

/** Contacts found that the sidecar does not list, by name or by address: invented people. */
export function spuriousContacts(
  expected: Pick<Expected, "contacts">,
  actual: Understanding["contacts"],
): Understanding["contacts"] {
  return actual.filter(
    (a) =>
      !expected.contacts.some(
        (e) => normaliseName(e.name) === normaliseName(a.name) || (a.email && a.email === e.email),
      ),
  );
}

/** Macro-F1 over categories, and exact-match rates for the details. */
export function scoreResults(results: FixtureResult[]): Scores {
  const { macroF1, perCategory } = categoryF1(results);
  const rejections = results.filter((r) => r.expected.category === "rejection");
  let contactsExact = 0;
  let contactsTotal = 0;
  let spurious = 0;
  for (const r of results) {
    contactsTotal += r.expected.contacts.length;
    contactsExact += r.expected.contacts.filter((c) => contactFound(c, r.actual.contacts)).length;
    spurious += spuriousContacts(r.expected, r.actual.contacts).length;
  }
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    macroF1,
    perCategory,
    reasonAccuracy: rate(
      rejections.filter((r) => r.actual.reason === r.expected.reason).length,
      rejections.length,
    ),
    companyAccuracy: rate(
      results.filter((r) => sameCompany(r.actual.company, r.expected.company)).length,
      results.length,
    ),
    roleAccuracy: rate(
      results.filter((r) => sameRole(r.actual.role, r.expected.role)).length,
      results.length,
    ),
    contactsExact,
    contactsTotal,
    spuriousContacts: spurious,
  };
}
