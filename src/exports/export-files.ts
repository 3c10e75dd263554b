import Papa from "papaparse";
import {
  EmailProperty,
  FNProperty,
  NoteProperty,
  OrgProperty,
  SpecialValueType,
  TextType,
  TitleProperty,
  UIDProperty,
  URIType,
  URLProperty,
  VCARD,
} from "vcard4";
import type { ExportContact, ExportData } from "../db/exports.ts";
import type { UserSettings } from "../db/settings.ts";

/** One file of an export, as an email attachment. */
export interface ExportFile {
  filename: string;
  type: string;
  content: string;
}

/** The four files `export` mails back: vCard 4.0, two CSV tables and everything as JSON. */
export function buildExportFiles(
  data: ExportData,
  settings: UserSettings | null,
  now: Date,
): ExportFile[] {
  return [
    { filename: "rebound-contacts.vcf", type: "text/vcard", content: contactsVcard(data.contacts) },
    { filename: "rebound-contacts.csv", type: "text/csv", content: contactsCsv(data.contacts) },
    {
      filename: "rebound-applications.csv",
      type: "text/csv",
      content: csv(
        data.applications.map((a) => ({
          company: a.company,
          role: a.role ?? "",
          stage: a.stage,
          outcome: a.outcome,
          first_seen: a.createdAt,
          last_update: a.updatedAt,
        })),
        ["company", "role", "stage", "outcome", "first_seen", "last_update"],
      ),
    },
    {
      filename: "rebound-export.json",
      type: "application/json",
      content: `${JSON.stringify({ exportedAt: now.toISOString(), settings, ...data }, null, 2)}\n`,
    },
  ];
}

/**
 * Contacts as vCard 4.0 (RFC 6350), one card each: FN, EMAIL, ORG, TITLE, NOTE, URL, UID.
 * Google Contacts, Apple Contacts and Outlook import a .vcf of several cards.
 */
export function contactsVcard(contacts: readonly ExportContact[]): string {
  return contacts
    .filter((c) => c.name || c.email)
    .map((c) => {
      const props = [
        new FNProperty([], new TextType(c.name || c.email || "")),
        new UIDProperty([], new URIType(`urn:uuid:${c.id}`)),
      ];
      if (c.email) props.push(new EmailProperty([], new TextType(c.email)));
      if (c.company) {
        props.push(
          new OrgProperty([], new SpecialValueType("OrgProperty", [new TextType(c.company)])),
        );
      }
      if (c.title) props.push(new TitleProperty([], new TextType(c.title)));
      const note = noteFor(c);
      if (note) props.push(new NoteProperty([], new TextType(note)));
      if (c.linkedinUrl?.startsWith("https://")) {
        props.push(new URLProperty([], new URIType(c.linkedinUrl)));
      }
      return new VCARD(props).repr();
    })
    .join("");
}

function noteFor(c: ExportContact): string {
  const parts = [`Met through a job application (${c.kind.replaceAll("_", " ")}).`];
  if (c.notes.trim()) parts.push(c.notes.trim());
  if (c.doNotContact) parts.push("Do not contact.");
  return parts.join(" ");
}

function contactsCsv(contacts: readonly ExportContact[]): string {
  return csv(
    contacts.map((c) => ({
      name: c.name ?? "",
      email: c.email ?? "",
      company: c.company ?? "",
      title: c.title ?? "",
      kind: c.kind,
      warm: c.warm ? "yes" : "no",
      do_not_contact: c.doNotContact ? "yes" : "no",
      linkedin: c.linkedinUrl ?? "",
      notes: c.notes,
      first_seen: c.createdAt,
    })),
    [
      "name",
      "email",
      "company",
      "title",
      "kind",
      "warm",
      "do_not_contact",
      "linkedin",
      "notes",
      "first_seen",
    ],
  );
}

/**
 * RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula ("=", "+",
 * "-", "@" first: a stranger's company name could be one) are escaped by papaparse.
 */
function csv(rows: Record<string, string>[], columns: string[]): string {
  return `${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? "")) }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
