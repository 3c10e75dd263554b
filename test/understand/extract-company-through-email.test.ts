import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../src/understand/mail/parse-email.ts";
import { understandEmail } from "../../src/understand/understand-email.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { JORDAN, JORDAN_SELF } from "../support/users.ts";

// Gmail forwards, written for these tests, of the formats real ATS and recruiter mail has;
// every company, person and address in them is invented.
const emls = import.meta.glob<string>("../fixtures/company/*.eml", {
  query: "?raw",
  import: "default",
  eager: true,
});

function fixture(name: string): string {
  const raw = emls[`../fixtures/company/${name}.eml`];
  if (!raw) throw new Error(`no fixture ${name}`);
  return raw;
}

/** Forwards one fixture to a fresh Jordan and reads back the companies Rebound stored. */
async function companiesStoredFor(name: string): Promise<string[]> {
  const { userId, inbox } = await createJordan();
  await deliver(fixture(name), { from: JORDAN.owner, to: inbox });
  const rows = await env.DB.prepare("SELECT name FROM companies WHERE user_id = ?1")
    .bind(userId)
    .all<{ name: string }>();
  return rows.results.map((r) => r.name);
}

describe("the employer, not the messenger", () => {
  it.each<[string, string, string]>([
    [
      "a job board's relay ('Indeed Apply') names the employer on the job card",
      "indeed-apply-relay",
      "Tarnwick Freight Partners",
    ],
    [
      "a Workday display suffix ('… Workday Notification') is dropped for the signature's full name",
      "workday-notification-suffix",
      "Corrowmere Water Utilities",
    ],
    [
      "a career-site suffix and a subject fragment ('… Application Update') are not the name",
      "career-site-suffix",
      "Lindale Orthopaedics",
    ],
    [
      "USAJOBS names the hiring agency on its own line, not the portal or its operator",
      "usajobs-agency-line",
      "Bureau of Inland Waterway Survey",
    ],
    [
      "a military rank and a city in the signature are not the employer",
      "rank-city-signature",
      "Anvilmoor Defence Systems",
    ],
    [
      "a coordinator's first name on a Greenhouse address is not the employer",
      "greenhouse-coordinator-name",
      "Brindlewick Robotics",
    ],
    [
      "a copyright line names the employer without the year or ©",
      "copyright-line-only",
      "Quillstone Analytics Corporation",
    ],
    [
      "an agency recruiter's mail is about the client it names",
      "agency-names-client",
      "Halcyon Freight",
    ],
    [
      "the full name the message writes, not the domain's short one",
      "short-and-long-name",
      "Harrowfen Shipping Technologies",
    ],
    [
      "a brand written in lower case, found through its Lever link",
      "lever-lowercase-brand",
      "fieldstack",
    ],
    [
      "the member of a group that hires, not the group on the career site and the sign-off",
      "group-member-hires",
      "Brackenfield Rail Systems",
    ],
    [
      "a group's HR service writing 'im Auftrag der …' names the firm it writes for",
      "shared-service-on-behalf",
      "Talbach Energienetze GmbH",
    ],
    [
      "a law firm named by its partners, commas and all",
      "law-firm-partners",
      "Ashgrove, Pell & Whitby",
    ],
    [
      "an agency's client named only in French prose",
      "agency-client-french",
      "Mutuelle Ardenne Santé",
    ],
    [
      "a job board relaying the employer's step ('La empresa … ha revisado tu candidatura')",
      "board-relays-employer",
      "Talleres Navarrete Ingeniería",
    ],
    [
      "a board's apply receipt in French names the employer it sent the CV to",
      "board-apply-french",
      "Boulangeries Vermeil",
    ],
    [
      "a recruiter's words relayed by LinkedIn name their employer after 'at'",
      "relayed-by-linkedin",
      "Quillfeather Labs",
    ],
    [
      "initials in the display name stand for the name the message writes out",
      "initials-display-name",
      "Companhia Metropolitana de Transportes de Lisboa",
    ],
    [
      "a Workday notice's equal-opportunity statement gives the full name under the short display name",
      "workday-eeo-full-name",
      "Tallowmere Ferry Services",
    ],
    [
      "an HTML-only notice forwarded as an attachment names the employer only in its logo and title",
      "logo-alt-only",
      "Wexcombe Surveys",
    ],
  ])("%s", async (_, name, employer) => {
    expect(await companiesStoredFor(name)).toEqual([employer]);
  });
});

describe("a job board's alert", () => {
  it.each<[string, string, string | null]>([
    ["for one job is about that job's employer", "board-single-job", "Hafenkontor Logistik"],
    ["listing several jobs is about none of their employers", "board-several-jobs", null],
  ])("%s", async (_, name, employer) => {
    const { understanding } = understandEmail(await parseEmail(fixture(name)), JORDAN_SELF);
    expect(understanding.category).toBe("job_alert");
    expect(understanding.company).toBe(employer);
    // An alert records the message and nothing else: no company row either way.
    expect(await companiesStoredFor(name)).toEqual([]);
  });
});

describe("a partnership's partners", () => {
  it("a partner the rejection only names in passing is no contact, though the firm bears her name: the digest asks about her", async () => {
    const { userId, inbox } = await createJordan();
    await deliver(fixture("law-firm-partners"), { from: JORDAN.owner, to: inbox });
    const { results } = await env.DB.prepare(
      "SELECT name, pending FROM contacts WHERE user_id = ?1",
    )
      .bind(userId)
      .all<{ name: string; pending: number }>();
    expect(results.filter((r) => r.pending === 0).map((r) => r.name)).not.toContain("Ruth Pell");
    expect(results).toContainEqual({ name: "Ruth Pell", pending: 1 });
  });
});

describe("the employer's name in what Rebound drafts", () => {
  it.each<[string, string, string, RegExp]>([
    [
      "a law firm's partners' names, without the legal form",
      "law-firm-partners",
      "Ashgrove, Pell & Whitby",
      /\bLLP\b|Whitby LLP/,
    ],
    [
      "the full name the equal-opportunity statement gives, never the display name's short one",
      "workday-eeo-full-name",
      "Tallowmere Ferry Services",
      /Tallowmere(?! Ferry Services)/,
    ],
    [
      "the employer's full name a logo gives, never the address's short one or the platform",
      "logo-alt-only",
      "Wexcombe Surveys",
      /Wexcombe(?! Surveys)|Greenhouse/,
    ],
  ])("%s", async (_, name, employer, never) => {
    const { userId, inbox } = await createJordan();
    await deliver(fixture(name), { from: JORDAN.owner, to: inbox });
    const { results } = await env.DB.prepare(
      "SELECT d.body FROM drafts d WHERE d.user_id = ?1 ORDER BY d.due_at",
    )
      .bind(userId)
      .all<{ body: string }>();
    const mentions = results.filter((d) => d.body.includes(employer));
    expect(mentions.length).toBeGreaterThan(0);
    for (const d of results) expect(d.body).not.toMatch(never);
  });
});
