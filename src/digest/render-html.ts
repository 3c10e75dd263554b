import type {
  Digest,
  DigestDraft,
  DigestLine,
  DigestSection,
  LinkedInCard,
  PersonToConfirmItem,
  ProgressRow,
  Recipient,
  ReplyCommand,
} from "./compose-digest.ts";
import { whereNamed } from "./compose-digest.ts";

/** The colours of one scheme; every text/background pair is checked for contrast in tests. */
export interface Palette {
  page: string;
  sheet: string;
  text: string;
  muted: string;
  border: string;
  link: string;
  draft: string;
  warm: string;
  warmEdge: string;
  handoff: string;
  handoffText: string;
  code: string;
  badge: string;
  badgeText: string;
  /** The progress chart's bars: this week, and the whole search. */
  bar: string;
  barTotal: string;
}

/** Light colours, written inline so every client shows them. */
export const LIGHT: Palette = {
  page: "#f3f4f6",
  sheet: "#ffffff",
  text: "#1f2328",
  muted: "#4f5863",
  border: "#d0d7de",
  link: "#0a58b8",
  draft: "#f6f8fa",
  warm: "#edf7ef",
  warmEdge: "#1a7f37",
  handoff: "#fff4d6",
  handoffText: "#5c3b00",
  code: "#e9edf1",
  badge: "#0a58b8",
  badgeText: "#ffffff",
  bar: "#1a7f37",
  barTotal: "#b7dfc2",
};

/** Dark colours, for clients that honour prefers-color-scheme (Apple Mail, iOS, some others). */
export const DARK: Palette = {
  page: "#0d1117",
  sheet: "#161b22",
  text: "#e6edf3",
  muted: "#a7b0ba",
  border: "#3a424d",
  link: "#80bbff",
  draft: "#0d1117",
  warm: "#132a1c",
  warmEdge: "#3fb950",
  handoff: "#2e2410",
  handoffText: "#f2cc60",
  code: "#262c36",
  badge: "#80bbff",
  badgeText: "#0d1117",
  bar: "#3fb950",
  barTotal: "#1f4a2b",
};

/** Text on background pairs that must reach WCAG AA (4.5:1) in both palettes. */
export const CONTRAST_PAIRS: readonly (readonly [keyof Palette, keyof Palette])[] = [
  ["text", "page"],
  ["text", "sheet"],
  ["text", "draft"],
  ["text", "warm"],
  ["text", "code"],
  ["muted", "sheet"],
  ["link", "sheet"],
  ["handoffText", "handoff"],
  ["badgeText", "badge"],
];

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

/** Each class names the palette colours it takes, so the dark block is written from DARK. */
const CLASSES: Record<
  string,
  Partial<Record<"background" | "color" | "border-color", keyof Palette>>
> = {
  "rb-page": { background: "page", color: "text" },
  "rb-sheet": { background: "sheet", color: "text", "border-color": "border" },
  "rb-muted": { color: "muted" },
  "rb-link": { color: "link" },
  "rb-rule": { "border-color": "border" },
  "rb-item": { "border-color": "border", color: "text" },
  "rb-warm": { background: "warm", "border-color": "warmEdge", color: "text" },
  "rb-draft": { background: "draft", color: "text", "border-color": "border" },
  "rb-handoff": { background: "handoff", color: "handoffText" },
  "rb-code": { background: "code", color: "text" },
  "rb-badge": { background: "badge", color: "badgeText" },
  "rb-button": { background: "badge", color: "badgeText", "border-color": "badge" },
  "rb-button2": { color: "link", "border-color": "link" },
  "rb-bar": { background: "bar" },
  "rb-bartotal": { background: "barTotal" },
};

/** On a phone every pixel goes to the text; clients without <style> keep the inline padding. */
const NARROW_RULES = `@media (max-width: 480px) {
  .rb-frame { padding: 0 !important; }
  .rb-sheet { padding: 12px 12px !important; border-radius: 0 !important; border-width: 0 !important; }
  .rb-card { padding: 8px !important; }
  .rb-draft { padding: 8px !important; }
}`;

/** RFC 6068 mailto: links longer than this are cut by some clients (Outlook: ~2,000). */
export const MAX_COMMAND_LINK_CHARS = 2000;

/** Where the buttons' mailto: links go: the digest's own reply address. */
export interface RenderOptions {
  replyAddress?: string | null;
}

/** The digest as a text/html email: one fluid column, inline styles, data always escaped. */
export function renderHtml(digest: Digest, options: RenderOptions = {}): string {
  const reply = options.replyAddress ?? null;
  const link = (body: string) => (reply ? commandLink(reply, digest.subject, body) : null);
  const parts: string[] = [];
  if (digest.welcome) parts.push(renderWelcome(digest.welcome));
  if (digest.news.length > 0) parts.push(renderLines(digest.news));
  if (digest.highlights.length > 0) {
    parts.push(heading("Most important today", true));
    parts.push(renderHighlights(digest.highlights));
  }
  if (digest.example.length > 0) parts.push(renderExample(digest.example, reply !== null));
  if (digest.progress) parts.push(renderProgress(digest.progress));
  if (digest.emails.length > 0) {
    parts.push(heading(digest.emails.length === 1 ? "The email" : "The emails"));
    parts.push(...digest.emails.map((item) => renderDraft(item, link)));
  }
  if (digest.linkedin) parts.push(renderLinkedIn(digest.linkedin, link));
  parts.push(
    ...digest.sections.map((section) =>
      section.id === "confirm"
        ? renderPeopleToConfirm(section, digest.toConfirm, link)
        : renderSection(section),
    ),
  );
  parts.push(renderCommands(digest.commands));
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(digest.subject)}</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
${darkRules()}
}
${NARROW_RULES}
</style>
</head>
<body class="rb-page" style="${css({ margin: "0", padding: "0", background: LIGHT.page, color: LIGHT.text })}">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(digest.preheader)}</div>
<div class="rb-page rb-frame" style="${css({ background: LIGHT.page, color: LIGHT.text, padding: "16px 8px" })}">
<div class="rb-sheet" role="article" aria-label="${escapeHtml(digest.title)}" style="${css({
    "max-width": "640px",
    margin: "0 auto",
    padding: "16px",
    background: LIGHT.sheet,
    color: LIGHT.text,
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "10px",
    "font-family": FONT,
    "font-size": "15px",
    "line-height": "1.4",
    "word-break": "break-word",
    "overflow-wrap": "anywhere",
  })}">
<p class="rb-muted" style="${css({ margin: "0", "font-size": "13px", color: LIGHT.muted })}">${escapeHtml(digest.title)} · ${escapeHtml(digest.date)}</p>
<h1 style="${css({ margin: "2px 0 8px", "font-size": "20px", "line-height": "1.25" })}">${escapeHtml(digest.greeting)}</h1>
${parts.join("\n")}
${digest.footer.map((line, i) => `<p class="rb-muted" style="${css({ margin: i === 0 ? "16px 0 0" : "4px 0 0", "font-size": "13px", color: LIGHT.muted })}">${escapeHtml(line)}</p>`).join("\n")}
</div>
</div>
</body>
</html>
`;
}

function heading(text: string, first = false, note = ""): string {
  return `<h2 class="rb-rule" style="${css({
    margin: first ? "12px 0 6px" : "18px 0 8px",
    "padding-top": first ? "0" : "10px",
    "border-top": first ? "0" : `1px solid ${LIGHT.border}`,
    "font-size": "17px",
    "line-height": "1.3",
  })}">${escapeHtml(text)}${note ? ` <span class="rb-muted" style="${css({ "font-size": "13px", "font-weight": "400", color: LIGHT.muted })}">${escapeHtml(note)}</span>` : ""}</h2>`;
}

function renderWelcome(lines: readonly string[]): string {
  return `<div class="rb-warm" style="${css({
    margin: "0 0 8px",
    padding: "8px 10px",
    background: LIGHT.warm,
    color: LIGHT.text,
    "border-left": `4px solid ${LIGHT.warmEdge}`,
    "font-size": "14px",
    "line-height": "1.35",
  })}"><strong>Welcome to Rebound.</strong><ol style="${css({ margin: "2px 0 0", "padding-left": "18px" })}">
${lines.map((l) => `<li style="margin:0;">${escapeHtml(l)}</li>`).join("\n")}
</ol></div>`;
}

function renderSection(section: DigestSection): string {
  const intro = section.intro ? paragraph(section.intro) : "";
  if (section.id === "missing") {
    // Names only: one short paragraph rather than a list.
    return `<section>\n${heading(section.heading)}\n${intro}<p style="margin:0;">${section.lines.map((l) => escapeHtml(l.text)).join(" · ")}</p>\n</section>`;
  }
  return `<section>\n${heading(section.heading)}\n${intro}${renderLines(section.lines)}\n</section>`;
}

/** "introduced by …" as a line of its own: "Introduced by …". */
const atSentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Each person on a card of their own, with the two answers as buttons. */
function renderPeopleToConfirm(
  section: DigestSection,
  people: readonly PersonToConfirmItem[],
  link: LinkFor,
): string {
  const cards = people.map((p) => {
    const who = p.email
      ? `${escapeHtml(p.name)} · ${recipientHtml({ name: p.email, email: p.email, via: null })}`
      : `${escapeHtml(p.name)} <span class="rb-muted" style="${css({ color: LIGHT.muted })}">(no email address)</span>`;
    const buttons = [
      button("Confirm", link(`confirm ${p.number}`), true),
      button("Not them", link(`not ${p.number}`), false),
    ].join("");
    return `<div class="rb-item rb-card" style="${css({
      margin: "6px 0 8px",
      padding: "8px",
      border: `1px solid ${LIGHT.border}`,
      "border-radius": "8px",
    })}">
<p style="${css({ margin: "0", "font-size": "15px" })}">${badge(p.number)}${who}</p>
<p class="rb-muted" style="${css({ margin: "2px 0 0", color: LIGHT.muted, "font-size": "14px" })}">${escapeHtml(atSentenceStart(whereNamed(p)))}</p>
${buttons ? `<div>${buttons}</div>` : ""}
</div>`;
  });
  const intro = section.intro ? paragraph(section.intro) : "";
  return `<section>\n${heading(section.heading)}\n${intro}${cards.join("\n")}\n</section>`;
}

function renderLines(lines: readonly DigestLine[]): string {
  const items = lines.map((line) => {
    const warm = line.tone === "warm";
    return `<li class="${warm ? "rb-warm" : "rb-item"}" style="${css({
      margin: "0 0 4px",
      padding: "2px 8px",
      "border-left": `3px solid ${warm ? LIGHT.warmEdge : LIGHT.border}`,
      background: warm ? LIGHT.warm : "transparent",
      color: LIGHT.text,
    })}">${escapeHtml(line.text)}</li>`;
  });
  return `<ul style="${css({ margin: "0", padding: "0", "list-style": "none" })}">\n${items.join("\n")}\n</ul>`;
}

function badge(number: number): string {
  return `<span class="rb-badge" style="${css({
    display: "inline-block",
    "min-width": "18px",
    padding: "0 5px",
    "margin-right": "6px",
    "border-radius": "10px",
    background: LIGHT.badge,
    color: LIGHT.badgeText,
    "text-align": "center",
    "font-size": "14px",
    "font-weight": "700",
  })}">${number}</span>`;
}

/** The one to three drafts that matter most: number, whom, and why in a few words. */
function renderHighlights(items: readonly DigestDraft[]): string {
  return `<ul style="${css({ margin: "0", padding: "0", "list-style": "none" })}">
${items
  .map(
    (i) =>
      `<li style="margin:0 0 4px;">${badge(i.number)}<a class="rb-link" href="#draft-${i.number}" style="${css({ color: LIGHT.link, "text-decoration": "none", "font-weight": "600" })}">${escapeHtml(i.shortTitle)}</a>${i.hasGap ? ` <span class="rb-muted" style="${css({ color: LIGHT.muted, "font-size": "14px" })}">· has a gap to fill</span>` : ""}</li>`,
  )
  .join("\n")}
</ul>`;
}

/** A reply the user could send as it is, right under what it acts on. */
function renderExample(lines: readonly ReplyCommand[], buttons: boolean): string {
  return `<div class="rb-code" style="${css({
    margin: "8px 0 0",
    padding: "8px 10px",
    background: LIGHT.code,
    color: LIGHT.text,
    "border-radius": "6px",
    "font-size": "14px",
  })}"><strong>How to answer:</strong> reply to this email with, for example:
${lines.map((c) => `<br><code style="${css({ "font-family": MONO, "font-weight": "700" })}">${escapeHtml(c.example)}</code> ${escapeHtml(c.meaning)}`).join("\n")}
${buttons ? "<br>Or tap a button under a draft: it writes the reply for you." : ""}</div>`;
}

/** The progress chart: a table of bars, inline-styled, which every mail client draws. */
function renderProgress(rows: readonly ProgressRow[]): string {
  const max = Math.max(1, ...rows.map((r) => r.total));
  const cell = (percent: number, cls: string, colour: string | null) =>
    percent > 0
      ? `<td${cls ? ` class="${cls}"` : ""} style="${css({ width: `${percent}%`, ...(colour ? { background: colour } : {}), height: "10px", "font-size": "0", "line-height": "0" })}">&nbsp;</td>`
      : "";
  const bars = (r: ProgressRow) => {
    const week = r.week > 0 ? Math.max(3, Math.round((r.week / max) * 100)) : 0;
    const before = r.total > r.week ? Math.max(3, Math.round(((r.total - r.week) / max) * 100)) : 0;
    const empty = Math.max(0, 100 - week - before);
    return `${cell(week, "rb-bar", LIGHT.bar)}${cell(before, "rb-bartotal", LIGHT.barTotal)}${cell(empty, "", null)}`;
  };
  return `${heading("Your progress", false, "dark bar: this week, light: before")}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${css({ "border-collapse": "collapse", width: "100%", "font-size": "14px" })}">
${rows
  .map(
    (
      r,
    ) => `<tr><td style="${css({ padding: "2px 8px 2px 0", "white-space": "nowrap", "vertical-align": "middle" })}">${escapeHtml(r.label)}</td>
<td style="${css({ padding: "2px 0", "vertical-align": "middle", width: "100%" })}"><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${css({ "border-collapse": "collapse", width: "100%" })}"><tr>${bars(r)}</tr></table></td>
<td class="rb-muted" style="${css({ padding: "2px 0 2px 8px", "white-space": "nowrap", color: LIGHT.muted, "vertical-align": "middle", "text-align": "right" })}"><strong>${r.week}</strong> week · ${r.total} all</td></tr>`,
  )
  .join("\n")}
</table>`;
}

/** Buttons as links: filled for the main action, outlined for the others. */
function button(label: string, href: string | null, primary: boolean): string {
  if (!href) return "";
  const colours = primary
    ? { background: LIGHT.badge, color: LIGHT.badgeText, border: `1px solid ${LIGHT.badge}` }
    : { background: "transparent", color: LIGHT.link, border: `1px solid ${LIGHT.link}` };
  return `<a class="${primary ? "rb-button" : "rb-button2"}" href="${escapeHtml(href)}" style="${css(
    {
      display: "inline-block",
      margin: "6px 6px 0 0",
      padding: "5px 14px",
      "border-radius": "6px",
      "text-decoration": "none",
      "font-weight": "600",
      "font-size": "14px",
      ...colours,
    },
  )}">${escapeHtml(label)}</a>`;
}

type LinkFor = (body: string) => string | null;

function draftButtons(item: DigestDraft, link: LinkFor): string {
  const n = item.number;
  const buttons = [
    item.hasGap
      ? button("Fill the gap", link(`fill ${n} `), true)
      : button("Approve", link(`approve ${n}`), true),
    button("Edit", editLink(item, link), false),
    button("Skip", link(`skip ${n}`), false),
  ].join("");
  return buttons ? `<div>${buttons}</div>` : "";
}

/** `edit N` and the current text, its gap marked; just `edit N` when that would be too long. */
function editLink(item: DigestDraft, link: LinkFor): string | null {
  const full = link(`edit ${item.number}\n${item.body}`);
  if (full === null || full.length <= MAX_COMMAND_LINK_CHARS) return full;
  return link(`edit ${item.number}\n(write the new text here)`);
}

function renderDraft(item: DigestDraft, link: LinkFor): string {
  const handoff = item.handoff
    ? `<p class="rb-handoff" style="${css({
        margin: "0 0 6px",
        padding: "4px 8px",
        "border-radius": "6px",
        background: LIGHT.handoff,
        color: LIGHT.handoffText,
        "font-weight": "600",
        "font-size": "14px",
      })}">${escapeHtml(item.handoff)}</p>\n`
    : "";
  const subject =
    item.subject !== null ? `<strong>Subject: ${escapeHtml(item.subject)}</strong><br>` : "";
  return `<div id="draft-${item.number}" class="rb-item rb-card" style="${css({
    margin: "6px 0 8px",
    padding: "8px",
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "8px",
  })}">
<h3 style="${css({ margin: "0 0 2px", "font-size": "16px", "line-height": "1.3" })}">${badge(item.number)}${escapeHtml(item.shortTitle)}</h3>
<p class="rb-muted" style="${css({ margin: "0 0 6px", color: LIGHT.muted, "font-size": "14px" })}">To ${item.to.email ? recipientHtml({ ...item.to, name: item.to.email }) : recipientHtml(item.to)}${item.company ? ` (${escapeHtml(item.company)})` : ""} · <em>${escapeHtml(item.why)}</em></p>
${handoff}<div class="rb-draft" aria-label="Draft ${item.number}" style="${css({
    margin: "0",
    padding: "8px 10px",
    background: LIGHT.draft,
    color: LIGHT.text,
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "6px",
    "white-space": "pre-wrap",
    "font-size": "14px",
    "line-height": "1.4",
  })}">${subject}${highlightGaps(
    escapeHtml(item.body)
      .replace(/\n{2,}/g, "\n")
      .replaceAll("\n", "<br>"),
  )}</div>
${draftButtons(item, link)}
</div>`;
}

/** `[[add: …]]` gaps stand out in the text, so a glance finds what to fill. */
function highlightGaps(escaped: string): string {
  return escaped.replace(
    /\[\[add:[^\]]*\]\]/g,
    (gap) =>
      `<mark class="rb-handoff" style="${css({ background: LIGHT.handoff, color: LIGHT.handoffText, "font-weight": "700" })}">${gap}</mark>`,
  );
}

/** Every LinkedIn note of the day in one card: one number approves them all. */
function renderLinkedIn(card: LinkedInCard, link: LinkFor): string {
  const title = card.number
    ? `${badge(card.number)}${escapeHtml(card.heading)}`
    : escapeHtml(card.heading);
  const all = card.number
    ? button(`Approve all ${card.notes.length}`, link(`approve ${card.number}`), true)
    : "";
  const notes = card.notes
    .map((note) => {
      const actions: [string, string | null][] = [];
      if (note.hasGap) actions.push(["Fill the gap", link(`fill ${note.number} `)]);
      else if (!card.number) actions.push(["Approve", link(`approve ${note.number}`)]);
      actions.push(["Edit", editLink(note, link)], ["Skip", link(`skip ${note.number}`)]);
      const small = actions
        .filter((a): a is [string, string] => a[1] !== null)
        .map(
          ([label, href]) =>
            `<a class="rb-link" href="${escapeHtml(href)}" style="color:${LIGHT.link};">${label}</a>`,
        )
        .join(" · ");
      return `<li id="draft-${note.number}" class="rb-rule" style="${css({ margin: "0", padding: "4px 0", "border-top": `1px solid ${LIGHT.border}`, "font-size": "14px", "line-height": "1.35" })}"><h3 style="${css({ display: "inline", margin: "0", "font-size": "14px" })}">${badge(note.number)}${escapeHtml(withoutKind(note))}:</h3> <span>${highlightGaps(escapeHtml(preview(note.body)))}</span>${small ? ` <span style="font-size:13px;white-space:nowrap;">${small}</span>` : ""}</li>`;
    })
    .join("\n");
  return `<div class="rb-item rb-card" style="${css({
    margin: "8px 0 12px",
    padding: "10px",
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "8px",
  })}">
<h2 style="${css({ margin: "0 0 2px", "font-size": "16px", "line-height": "1.3" })}">${title}</h2>
<p class="rb-muted" style="${css({ margin: "0 0 4px", color: LIGHT.muted, "font-size": "14px" })}">${escapeHtml(card.intro)}</p>
${all ? `<div style="margin:0 0 6px;">${all}</div>` : ""}<ul style="${css({ margin: "0", padding: "0", "list-style": "none" })}">
${notes}
</ul>
</div>`;
}

/**
 * A note's first words on one line: the card is for choosing; the full texts come in the one
 * mail that approving sends (and "Edit" opens the whole text), and a note is never sent by
 * Rebound, so nothing goes out unread.
 */
export function preview(body: string): string {
  const line = body.replace(/\s+/g, " ").trim();
  const chars = Array.from(line);
  if (chars.length <= NOTE_PREVIEW_CHARS) return line;
  const cut = chars.slice(0, NOTE_PREVIEW_CHARS).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space > NOTE_PREVIEW_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** With the name, two lines of a 390 px phone at 14 px. */
const NOTE_PREVIEW_CHARS = 60;

/** "Maya Ortiz (Northwind Robotics)": the card already says these are LinkedIn notes. */
function withoutKind(note: DigestDraft): string {
  return note.title.replace(/^LinkedIn note to /, "");
}

/** The command list, compact: it is there to look up; `help` explains each one. */
function renderCommands(commands: readonly ReplyCommand[]): string {
  return `<p class="rb-muted" style="${css({ margin: "14px 0 0", "font-size": "13px", "line-height": "1.5", color: LIGHT.muted })}"><strong>Every command:</strong> ${commands
    .map(
      (c) =>
        `<code style="${css({ "font-family": MONO, "font-size": "13px", "white-space": "nowrap" })}">${escapeHtml(c.example)}</code>`,
    )
    .join(" · ")} (reply <code style="font-family:${MONO};">help</code> for what each does).</p>`;
}

/** The recipient, their address a mailto: link (compose let through plain addresses only). */
function recipientHtml(to: Recipient): string {
  const name = escapeHtml(to.name);
  if (to.email) {
    const link = `<a class="rb-link" href="${escapeHtml(mailto(to.email))}" style="color:${LIGHT.link};">${escapeHtml(to.email)}</a>`;
    return to.email === to.name ? link : `${name} &lt;${link}&gt;`;
  }
  return to.via ? `${name} (${escapeHtml(to.via)})` : name;
}

/** RFC 6068: the local part percent-encoded so "?", "%", "&" or "#" cannot add fields. */
function mailto(address: string): string {
  const at = address.lastIndexOf("@");
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
}

/**
 * A mailto: link to the digest's reply address with a command as the body (RFC 6068: every
 * reserved character percent-encoded, line breaks as %0D%0A), so one tap writes the reply.
 */
export function commandLink(replyAddress: string, digestSubject: string, body: string): string {
  const subject = encodeURIComponent(`Re: ${digestSubject}`);
  const text = encodeURIComponent(body.replace(/\r?\n/g, "\r\n"));
  return `${mailto(replyAddress)}?subject=${subject}&body=${text}`;
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 6px;">${escapeHtml(text)}</p>\n`;
}

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Inline style from our own constants (never from data). */
function css(rules: Record<string, string>): string {
  return Object.entries(rules)
    .map(([property, value]) => `${property}:${value}`)
    .join(";");
}

function darkRules(): string {
  return Object.entries(CLASSES)
    .map(([name, props]) => {
      const body = Object.entries(props)
        .map(([property, key]) => `${property}: ${DARK[key]} !important;`)
        .join(" ");
      return `  .${name} { ${body} }`;
    })
    .join("\n");
}
