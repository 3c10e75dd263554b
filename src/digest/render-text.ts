import type {
  Digest,
  DigestDraft,
  DigestSection,
  Recipient,
  ReplyCommand,
} from "./compose-digest.ts";

/** Plain-text mail stays readable in any client, and quoted in a reply, at 72 columns. */
export const TEXT_WIDTH = 72;

/** Drafts' details and text sit under their number, indented this far. */
const ITEM_INDENT = "    ";

/** The digest as text/plain: numbered items, lines wrapped at 72 columns, words never broken. */
export function renderText(digest: Digest): string {
  const out: string[] = [...wrap(`${digest.title}, ${digest.date}`), "", ...wrap(digest.greeting)];
  if (digest.welcome) {
    out.push("", "Welcome to Rebound.");
    for (const [i, line] of digest.welcome.entries()) out.push(...wrap(line, `${i + 1}. `, "   "));
  }
  if (digest.news.length > 0) {
    out.push("");
    for (const line of digest.news) out.push(...wrap(line.text, "- ", "  "));
  }
  if (digest.highlights.length > 0) {
    heading(out, "Most important today");
    for (const item of digest.highlights) {
      out.push(...wrap(`${item.title} (${item.why})`, `${item.number}. `.padEnd(4), "    "));
    }
  }
  if (digest.example.length > 0) {
    out.push("", "How to answer: reply to this email with, for example:", "");
    out.push(...renderCommands(digest.example));
  }
  if (digest.progress) {
    heading(out, "Your progress");
    const label = Math.max(...digest.progress.map((r) => width(r.label)));
    for (const r of digest.progress) {
      out.push(`  ${r.label.padEnd(label)}  ${r.week} this week, ${r.total} in all`);
    }
  }
  if (digest.emails.length > 0) {
    heading(out, digest.emails.length === 1 ? "The email" : "The emails");
    for (const item of digest.emails) out.push("", ...renderDraft(item));
  }
  const card = digest.linkedin;
  if (card) {
    heading(out, card.number ? `${card.number}. ${card.heading}` : card.heading);
    out.push(...wrap(card.intro));
    for (const note of card.notes) {
      out.push(
        "",
        ...wrap(
          note.title.replace(/^LinkedIn note to /, ""),
          `${note.number}.`.padEnd(ITEM_INDENT.length),
          ITEM_INDENT,
        ),
      );
      for (const line of note.body.split("\n")) out.push(...wrapKeepingIndent(line, ITEM_INDENT));
    }
  }
  for (const section of digest.sections) {
    heading(out, section.heading);
    out.push(...renderSection(section));
  }
  heading(out, "Every reply command");
  out.push(...renderCommands(digest.commands));
  out.push("", "", ...digest.footer.flatMap((line) => wrap(line)));
  return `${out.join("\n")}\n`;
}

function heading(out: string[], text: string): void {
  out.push("", "", text, "-".repeat(width(text)));
}

function renderSection(section: DigestSection): string[] {
  return [
    ...(section.intro ? [...wrap(section.intro), ""] : []),
    ...section.lines.flatMap((line) =>
      section.lines.length === 1 && !section.intro ? wrap(line.text) : wrap(line.text, "- ", "  "),
    ),
  ];
}

function renderDraft(item: DigestDraft): string[] {
  const number = `${item.number}.`.padEnd(ITEM_INDENT.length);
  const lines = [
    ...wrap(item.title, number, ITEM_INDENT),
    ...wrap(`To: ${recipient(item.to)}`, ITEM_INDENT, `${ITEM_INDENT}    `),
    ...wrap(`Why: ${item.why}`, ITEM_INDENT, `${ITEM_INDENT}     `),
  ];
  if (item.handoff) lines.push(...wrap(`>> ${item.handoff}`, ITEM_INDENT, `${ITEM_INDENT}   `));
  lines.push("");
  if (item.subject !== null) lines.push(...wrap(`Subject: ${item.subject}`, ITEM_INDENT), "");
  for (const line of item.body.split("\n")) lines.push(...wrapKeepingIndent(line, ITEM_INDENT));
  const n = item.number;
  lines.push(
    "",
    ...wrap(
      item.hasGap
        ? `Reply: fill ${n} <your words> · edit ${n} · skip ${n}`
        : `Reply: approve ${n} · edit ${n} · skip ${n}`,
      ITEM_INDENT,
    ),
  );
  return lines;
}

function recipient(to: Recipient): string {
  if (to.email) return to.email === to.name ? to.email : `${to.name} <${to.email}>`;
  return to.via ? `${to.name} (${to.via})` : to.name;
}

function renderCommands(commands: readonly ReplyCommand[]): string[] {
  const column = Math.max(...commands.map((c) => width(c.example))) + 4;
  return commands.flatMap((c) =>
    wrap(c.meaning, `  ${c.example.padEnd(column - 2)}`, " ".repeat(column)),
  );
}

/** A line of a draft: its own leading spaces kept on every wrapped piece. */
function wrapKeepingIndent(line: string, indent: string): string[] {
  if (line.trim() === "") return [""];
  const own = /^\s*/.exec(line)?.[0] ?? "";
  return wrap(line.slice(own.length), indent + own, indent + own);
}

/**
 * Word-wraps one paragraph to TEXT_WIDTH. A word longer than the line (an address, a URL)
 * gets a line of its own and is never broken, so it still works when copied or clicked.
 */
export function wrap(text: string, first = "", rest = first): string[] {
  if (width(first) + width(text) <= TEXT_WIDTH) return [`${first}${text}`.trimEnd()];
  const lines: string[] = [];
  let prefix = first;
  let current = "";
  for (const word of text.split(/ +/).filter((w) => w !== "")) {
    if (current === "") {
      current = word;
    } else if (width(prefix) + width(current) + 1 + width(word) <= TEXT_WIDTH) {
      current = `${current} ${word}`;
    } else {
      lines.push(`${prefix}${current}`);
      prefix = rest;
      current = word;
    }
  }
  lines.push(`${prefix}${current}`.trimEnd());
  return lines;
}

/** Columns a string takes: code points, so "é" and "ß" count once. */
function width(text: string): number {
  return Array.from(text).length;
}
