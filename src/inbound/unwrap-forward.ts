import EmailForwardParser, {
  type EmailForwardMailbox,
  type EmailForwardResult,
} from "email-forward-parser";
import { decodeWords } from "postal-mime";
import { normaliseAddress } from "./parse-email.ts";
import type { ForwardedOriginal, Mailbox, ParsedEmail, UnwrappedEmail } from "./parsed-email.ts";

/** Separators sit right under the user's short note; nothing real starts further down. */
const MAX_SCAN_CHARS = 32 * 1024;
/** A header line ("From: …", "To: a, b, c") longer than this is prose, not a header. */
const MAX_HEADER_LINE_CHARS = 2000;
/** Separator and signature lines are short; longer lines are never compared against them. */
const MAX_MARKER_LINE_CHARS = 200;
/** The longest header block seen in real mail is about a dozen lines (Apple Mail with Reply-To, Cc). */
const MAX_HEADER_BLOCK_LINES = 40;
/** Blank lines allowed between header lines (HTML-derived text puts one after each <p>). */
const MAX_BLANKS_IN_HEADER_BLOCK = 2;
/** "Respuesta automática:" is the longest subject prefix we know. */
const MAX_SUBJECT_PREFIX_CHARS = 24;
/** A forward of a forward of a forward (Outlook -> Gmail -> Rebound) unwraps this deep at most. */
const MAX_NESTED_FORWARDS = 3;
/**
 * email-forward-parser's regexes backtrack badly (1000 blank lines cost ~90 ms, a long
 * "From:" line ~100 ms), so it only ever sees this much of the text, sanitised: a few ms.
 */
const LIBRARY_VIEW_CHARS = 4 * 1024;
const LIBRARY_VIEW_LINE_CHARS = 300;

export type HeaderField = "from" | "to" | "cc" | "bcc" | "replyTo" | "subject" | "date";

/** Header labels of forwarded and quoted blocks, lower-cased, in the languages mail clients use. */
const LABELS_BY_FIELD: Readonly<Record<HeaderField, readonly string[]>> = {
  from: [
    ...["from", "von", "de", "da", "van", "fra", "från", "od", "feladó", "lähettäjä", "expeditor"],
    ...["expéditeur", "remitente", "absender", "afzender", "remetente", "mittente", "nadawca"],
    ...["šalje", "saatja", "kimden", "gönderen", "de la", "от", "від", "від кого"],
    ...["发件人", "寄件者", "差出人", "送信者", "送信元", "보낸 사람", "보낸사람"],
  ],
  to: [
    ...[
      "to",
      "an",
      "à",
      "a",
      "para",
      "aan",
      "til",
      "till",
      "do",
      "komu",
      "címzett",
      "vastaanottaja",
    ],
    ...["pour", "destinataire", "destinatario", "destinatari", "empfänger", "prima", "pre"],
    ...[
      "adresat",
      "către",
      "destinatarul",
      "kime",
      "кому",
      "收件人",
      "宛先",
      "받는 사람",
      "받는사람",
    ],
  ],
  cc: [
    ...[
      "cc",
      "kopie",
      "kopie (cc)",
      "copie",
      "copie à",
      "cópia",
      "copia",
      "kopio",
      "kopia",
      "kopi",
    ],
    ...[
      "dw",
      "másolat",
      "másolatot kap",
      "kópia",
      "bilgi",
      "копия",
      "копія",
      "抄送",
      "副本",
      "참조",
    ],
  ],
  bcc: ["bcc", "cci", "cco", "bkopie", "blindkopie"],
  replyTo: [
    ...["reply-to", "reply to", "antwort an", "répondre à", "responder a", "rispondi a"],
    ...["antwoord aan", "svar til", "svara till"],
  ],
  subject: [
    ...["subject", "betreff", "objet", "asunto", "oggetto", "onderwerp", "assunto", "emne", "ämne"],
    ...["aihe", "temat", "předmět", "predmet", "tárgy", "тема", "konu", "sujet", "naslov"],
    ...["subiectul", "subiect", "主题", "主旨", "件名", "제목"],
  ],
  date: [
    ...[
      "date",
      "sent",
      "datum",
      "gesendet",
      "envoyé",
      "envoyé le",
      "enviado",
      "enviado el",
      "fecha",
    ],
    ...["data", "dato", "sendt", "skickat", "verzonden", "inviato", "päivämäärä", "päiväys"],
    ...["lähetetty", "dátum", "wysłano", "дата", "отправлено", "відправлено", "tarih", "odesláno"],
    ...[
      "elküldve",
      "trimis",
      "date d'envoi",
      "sent at",
      "日期",
      "发送时间",
      "日付",
      "送信日時",
      "날짜",
    ],
  ],
};

const HEADER_LABELS: ReadonlyMap<string, HeaderField> = new Map(
  Object.entries(LABELS_BY_FIELD).flatMap(([field, labels]) =>
    labels.map((label) => [label, field as HeaderField] as const),
  ),
);

/** Lines that open a forwarded message in every client and language we know (decoration stripped). */
const FORWARD_SEPARATORS: ReadonlySet<string> = new Set([
  // en: Gmail, Yahoo, Thunderbird, Apple Mail, MailMate, Missive
  "forwarded message",
  "forwarded email",
  "forwarded mail",
  "begin forwarded message",
  // de
  "weitergeleitete nachricht",
  "anfang der weitergeleiteten nachricht",
  // fr
  "message transféré",
  "message transmis",
  "début du message réexpédié",
  "début du message transféré",
  // es
  "mensaje reenviado",
  "inicio del mensaje reenviado",
  // it
  "messaggio inoltrato",
  "inizio messaggio inoltrato",
  // nl
  "doorgestuurd bericht",
  "begin doorgestuurd bericht",
  // pt
  "mensagem encaminhada",
  "mensagem reencaminhada",
  "início da mensagem encaminhada",
  "início da mensagem reencaminhada",
  // nordic
  "vidarebefordrat meddelande",
  "vidarebefordrat mejl",
  "videresendt meddelelse",
  "start på videresendt besked",
  "videresendt melding",
  "välitetty viesti",
  "välitetty viesti alkaa",
  "välitetty viesti / fwd.msg",
  // central and eastern Europe, Turkey
  "przekazana wiadomość",
  "wiadomość przekazana dalej",
  "początek przekazywanej wiadomości",
  "treść przekazanej wiadomości",
  "přeposlaná zpráva",
  "začátek přeposílané zprávy",
  "preposlaná správa",
  "začiatok preposlanej správy",
  "preposlaná správa --- forwarded message",
  "továbbított üzenet",
  "továbbított levél kezdete",
  "mesaj redirecționat",
  "începe mesajul redirecționat",
  "proslijeđena poruka",
  "započni proslijeđenu poruku",
  "пересылаемое сообщение",
  "перенаправленное сообщение",
  "начало переадресованного сообщения",
  "переслане повідомлення",
  "перенаправлене повідомлення",
  "початок листа, що пересилається",
  "iletilmiş mesaj",
  "iletilen ileti",
  "ileti başlangıcı",
  // cjk
  "メッセージを転送",
  "転送メッセージ",
  "转发的邮件",
  "转发邮件",
]);

/**
 * "Original message" lines: Outlook desktop and Samsung use them for forwards and replies
 * alike, so they only count as a forward when a header block follows and the subject is
 * not a reply's.
 */
const ORIGINAL_MESSAGE_SEPARATORS: ReadonlySet<string> = new Set([
  "original message",
  "ursprüngliche nachricht",
  "originalnachricht",
  "message d'origine",
  "message original",
  "mensaje original",
  "messaggio originale",
  "oorspronkelijk bericht",
  "origineel bericht",
  "mensagem original",
  "ursprungligt meddelande",
  "oprindelig meddelelse",
  "opprinnelig melding",
  "alkuperäinen viesti",
  "wiadomość oryginalna",
  "původní zpráva",
  "исходное сообщение",
  "原始邮件",
  "元のメッセージ",
]);

/** Subject prefixes mail clients add when forwarding (Fwd, FW, WG, TR, RV, I, ENC, VB, PD, …). */
const FORWARD_SUBJECT_PREFIXES: ReadonlySet<string> = new Set([
  "fwd",
  "fw",
  "wg",
  "tr",
  "rv",
  "i",
  "enc",
  "vb",
  "pd",
  "vl",
  "doorst",
  "wtr",
  "redir",
  "videresend",
  "ilt",
  "转发",
  "轉寄",
  "転送",
]);

/**
 * Subject prefixes of replies (Re, AW, SV, Antw, R, RES, Réf, Odp, …) and of automatic replies,
 * which quote the message they answer just as a reply does.
 */
const REPLY_SUBJECT_PREFIXES: ReadonlySet<string> = new Set([
  ...["re", "aw", "sv", "antw", "antwort", "r", "res", "rif", "ref", "réf", "odp", "ynt"],
  ...["回复", "答复", "回覆"],
  ...["auto", "autoreply", "automatic reply", "auto-reply", "out of office", "ooo"],
  ...["automatische antwort", "abwesenheitsnotiz", "abwesend", "réponse automatique"],
  ...["absence", "respuesta automática", "fuera de la oficina", "risposta automatica"],
  ...["automatisch antwoord", "afwezig", "resposta automática", "automatiskt svar"],
]);

/** Mobile and webmail footers a user's note ends with; never part of what they wrote. */
const NOTE_BOILERPLATE_PREFIXES: readonly string[] = [
  "sent from my ",
  "sent from outlook",
  "sent from mail for ",
  "sent from yahoo mail",
  "sent from the all new aol app",
  "sent from samsung",
  "sent with proton mail",
  "sent via ",
  "get outlook for ",
  "von meinem ",
  "gesendet von meinem ",
  "gesendet mit ",
  "outlook für ios herunterladen",
  "outlook für android herunterladen",
  "envoyé de mon ",
  "envoyé depuis mon ",
  "envoyé à partir de ",
  "obtenir outlook pour ",
  "télécharger outlook pour ",
  "enviado desde mi ",
  "enviado desde outlook",
  "enviado do meu ",
  "obtener outlook para ",
  "inviato da ",
  "scarica outlook per ",
  "verzonden vanaf mijn ",
  "verstuurd vanaf mijn ",
  "download outlook voor ",
  "skickat från min ",
  "sendt fra min ",
];

/** How Outlook writes a delegate's send ("A on behalf of B") in a forwarded From row. */
const ON_BEHALF_OF: readonly string[] = [
  " on behalf of ",
  " im auftrag von ",
  " de la part de ",
  " en nombre de ",
  " per conto di ",
  " namens ",
];

interface HeaderLine {
  field: HeaderField;
  value: string;
}

interface HeaderBlock {
  fields: Map<HeaderField, string>;
  /** Index of the first header line. */
  start: number;
  /** Index of the first line after the block (the original's body starts here). */
  end: number;
}

interface InlineForward {
  note: string;
  original: ForwardedOriginal;
}

/** Takes a forward apart into the user's note and the original message; never throws. */
export function unwrapForward(email: ParsedEmail): UnwrappedEmail {
  const attached = email.attachedMessages[0];
  if (attached) {
    return {
      format: "attachment",
      note: cleanNote(email.text.slice(0, MAX_SCAN_CHARS)),
      original: {
        from: attached.from[0] ?? null,
        to: attached.to,
        cc: attached.cc,
        subject: attached.subject,
        date: attached.date,
        body: attached.text,
      },
    };
  }
  const inline = findInlineForward(email.text, email.subject);
  if (inline) {
    return { format: "inline", note: inline.note, original: inline.original };
  }
  return {
    format: "none",
    note: "",
    original: {
      from: email.from[0] ?? null,
      to: email.to,
      cc: email.cc,
      subject: email.subject,
      date: email.date,
      body: email.text,
    },
  };
}

function findInlineForward(text: string, subject: string): InlineForward | null {
  const prefix = subjectPrefix(subject);
  const found =
    scanForForward(text, subject, prefix !== "reply") ??
    (prefix === "forward" ? forwardFromLibrary(text, subject) : null);
  if (!found) {
    return null;
  }
  // A forward of a forward with nothing written in between (Outlook -> Gmail -> Rebound):
  // the message that matters is the innermost one.
  let original = found.original;
  for (let depth = 1; depth < MAX_NESTED_FORWARDS; depth++) {
    const inner = scanForForward(original.body, original.subject, true);
    if (inner?.note !== "") {
      break;
    }
    original = inner.original;
  }
  return { note: found.note, original };
}

/** Finds the first forwarded block: a forward separator, or an Outlook-style header block. */
function scanForForward(
  text: string,
  subject: string,
  allowAmbiguous: boolean,
): InlineForward | null {
  const lines = text.slice(0, MAX_SCAN_CHARS).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.length > MAX_HEADER_LINE_CHARS) {
      continue;
    }
    const { text: content } = stripQuoteMarkers(line);
    const trimmed = content.trim();
    if (trimmed === "") {
      continue;
    }
    const kind = separatorKind(trimmed);
    if (kind === "forward") {
      const block = readHeaderBlock(lines, i + 1);
      return buildForward(text, lines, i, block, subject);
    }
    const glued = kind === null ? separatorWithHeaders(trimmed) : null;
    if (glued && (glued.kind === "forward" || allowAmbiguous)) {
      const block = readHeaderBlock(lines, i + 1, glued.headers);
      if (glued.kind === "forward" || block.fields.has("from")) {
        return buildForward(text, lines, i, block, subject);
      }
    }
    if ((kind === "original" || kind === "rule") && allowAmbiguous) {
      const block = readHeaderBlock(lines, i + 1);
      if (block.fields.has("from")) {
        return buildForward(text, lines, i, block, subject);
      }
      continue;
    }
    if (allowAmbiguous && readHeaderLine(trimmed)?.field === "from") {
      const block = readHeaderBlock(lines, i);
      if (looksLikeHeaderBlock(block)) {
        return buildForward(text, lines, i, block, subject);
      }
      // A From line further down this block can only see fewer fields: skip past it.
      i = Math.max(i, block.end - 1);
    }
  }
  return null;
}

function buildForward(
  text: string,
  lines: readonly string[],
  markerIndex: number,
  block: HeaderBlock,
  outerSubject: string,
): InlineForward {
  const depth = quoteDepthOfBlock(lines, markerIndex, block.start, block.end);
  const note = cleanNote(lines.slice(0, markerIndex).join("\n"));
  const bodyOffset = offsetOfLine(lines, block.end);
  const rawBody = bodyOffset < text.length ? text.slice(bodyOffset) : "";
  const body = depth > 0 ? unquote(rawBody, depth) : rawBody;
  const fields = block.fields;
  const subject = fields.get("subject");
  return {
    note,
    original: {
      from: fields.has("from") ? parseForwardedMailbox(fields.get("from") ?? "") : null,
      to: parseForwardedMailboxList(fields.get("to") ?? ""),
      cc: parseForwardedMailboxList(fields.get("cc") ?? ""),
      subject:
        subject !== undefined && subject !== "" ? subject : stripSubjectPrefixes(outerSubject),
      date: fields.get("date") || null,
      body: body.trim(),
    },
  };
}

/**
 * The header fields of the block starting at `start` (after up to two blank lines), and the
 * index of the first line after it; no fields and `end === start` when there is no block.
 */
export function headerBlockAt(
  lines: readonly string[],
  start: number,
): { fields: ReadonlySet<HeaderField>; end: number } {
  const block = readHeaderBlock(lines, start);
  return { fields: new Set(block.fields.keys()), end: block.end };
}

/** A bare header block (no separator line) must look like one: From plus Date or Subject plus one more. */
function looksLikeHeaderBlock(block: HeaderBlock): boolean {
  const { fields } = block;
  if (!fields.has("from") || !(fields.has("date") || fields.has("subject"))) {
    return false;
  }
  return fields.size >= 3;
}

/**
 * Reads the "Label: value" lines of a forwarded header block starting at `start`,
 * tolerating what HTML-to-text conversion does to them: "*bold*" labels, blank lines
 * between rows, a Thunderbird table cell's value on the next line, an address wrapped
 * onto the following line. `leading` is header text that shared the separator's line.
 */
function readHeaderBlock(lines: readonly string[], start: number, leading = ""): HeaderBlock {
  const fields = new Map<HeaderField, string>();
  let last: HeaderField | null = null;
  for (const header of readHeaderLines(leading)) {
    if (!fields.has(header.field)) {
      fields.set(header.field, cleanHeaderValue(header.value));
    }
    last = header.field;
  }
  let i = start;
  // Skip the blank lines between a separator and the header rows.
  while (fields.size === 0 && i < lines.length && i < start + 3 && isBlank(lines[i] ?? "")) {
    i++;
  }
  const first = fields.size === 0 ? i : start;
  const limit = Math.min(lines.length, i + MAX_HEADER_BLOCK_LINES);
  let end = i;
  while (i < limit) {
    const line = lines[i] ?? "";
    const trimmed = line.length > MAX_HEADER_LINE_CHARS ? "" : stripQuoteMarkers(line).text.trim();
    if (trimmed === "") {
      if (fields.size === 0) {
        break;
      }
      const next = nextNonBlank(lines, i + 1, MAX_BLANKS_IN_HEADER_BLOCK);
      if (next < 0 || !readHeaderLine(stripQuoteMarkers(lines[next] ?? "").text.trim())) {
        break;
      }
      i = next;
      continue;
    }
    const headers = readHeaderLines(trimmed);
    if (headers.length > 0) {
      let consumed = i;
      for (const [index, header] of headers.entries()) {
        let value = header.value;
        if (value === "" && index === headers.length - 1) {
          const next = valueOnNextLine(lines, i + 1, header.field);
          if (next >= 0) {
            value = stripQuoteMarkers(lines[next] ?? "").text.trim();
            consumed = next;
          }
        }
        if (!fields.has(header.field)) {
          fields.set(header.field, cleanHeaderValue(value));
        }
        last = header.field;
      }
      i = consumed + 1;
      end = i;
      continue;
    }
    const current = last ? (fields.get(last) ?? "") : "";
    if (last && isAddressField(last) && continuesAddress(current, trimmed)) {
      fields.set(last, cleanHeaderValue(`${current} ${trimmed}`));
      i++;
      end = i;
      continue;
    }
    break;
  }
  return fields.size === 0 ? { fields, start, end: start } : { fields, start: first, end };
}

/**
 * Thunderbird's header table, flattened from HTML, puts "Subject:" and its value on lines of
 * their own. The next line is that value only if another header row follows it, or it is an
 * address for an address row: an empty "Subject:" must not swallow the body's first line.
 */
function valueOnNextLine(lines: readonly string[], from: number, field: HeaderField): number {
  const next = nextNonBlank(lines, from, MAX_BLANKS_IN_HEADER_BLOCK);
  if (next < 0) {
    return -1;
  }
  const text = stripQuoteMarkers(lines[next] ?? "").text.trim();
  if (text.length > MAX_HEADER_LINE_CHARS || readHeaderLine(text)) {
    return -1;
  }
  if (isAddressField(field) && text.includes("@")) {
    return next;
  }
  const after = nextNonBlank(lines, next + 1, MAX_BLANKS_IN_HEADER_BLOCK);
  return after >= 0 && readHeaderLine(stripQuoteMarkers(lines[after] ?? "").text.trim())
    ? next
    : -1;
}

/**
 * One line of headers, or several run together the way Yahoo writes them:
 * "From: Giulia <g@x.it>To: jordan@y.com Sent: Friday, 12:03 PM GMT+2Subject: Candidatura".
 */
function readHeaderLines(line: string): HeaderLine[] {
  const first = readHeaderLine(line);
  if (!first) {
    return [];
  }
  const starts = stuckLabelStarts(line, firstColon(line) + 1);
  if (starts.length === 0) {
    return [first];
  }
  const headers: HeaderLine[] = [];
  let from = 0;
  for (const start of [...starts, line.length]) {
    const header = readHeaderLine(line.slice(from, start).trim());
    if (header) {
      headers.push(header);
    }
    from = start;
  }
  return headers;
}

/** Where a capitalised label ("To:", "Subject:") starts glued to the previous value ("…>To:"). */
function stuckLabelStarts(line: string, from: number): number[] {
  const starts: number[] = [];
  for (let colon = line.indexOf(":", from); colon > 0; colon = line.indexOf(":", colon + 1)) {
    const labelEnd = line[colon - 1] === " " ? colon - 1 : colon;
    let runStart = labelEnd;
    while (runStart > from && labelEnd - runStart < 20 && isLabelChar(line[runStart - 1] ?? "")) {
      runStart--;
    }
    for (let j = runStart; j < labelEnd; j++) {
      const char = line[j] ?? "";
      const before = line[j - 1] ?? " ";
      if (char === char.toLowerCase() || before === " " || before === "\t") {
        continue;
      }
      if (HEADER_LABELS.has(line.slice(j, labelEnd).toLowerCase())) {
        starts.push(j);
        break;
      }
    }
  }
  return starts;
}

function isLabelChar(char: string): boolean {
  return char === "-" || char.toLowerCase() !== char.toUpperCase();
}

/** Parses "From: x", "*From:* x", "De : x", "Subject:\tx" into a field and value. */
export function readHeaderLine(line: string): HeaderLine | null {
  if (line.length > MAX_HEADER_LINE_CHARS) {
    return null;
  }
  const colon = firstColon(line);
  if (colon <= 0 || colon > 32) {
    return null;
  }
  const label = line.slice(0, colon).replaceAll("*", "").trim().toLowerCase().replace(/\s+/g, " ");
  const field = HEADER_LABELS.get(label);
  if (!field) {
    return null;
  }
  let value = line.slice(colon + 1).trim();
  while (value.startsWith("*")) {
    value = value.slice(1).trimStart();
  }
  return { field, value };
}

/** Classifies a trimmed line as a forward separator, an "original message" line or a rule. */
export function separatorKind(trimmed: string): "forward" | "original" | "rule" | null {
  if (trimmed.length > MAX_MARKER_LINE_CHARS) {
    return null;
  }
  if (isRuleLine(trimmed)) {
    return "rule";
  }
  const core = separatorCore(trimmed);
  if (core === "") {
    return null;
  }
  if (FORWARD_SEPARATORS.has(core)) {
    return "forward";
  }
  return ORIGINAL_MESSAGE_SEPARATORS.has(core) ? "original" : null;
}

/** Yahoo's "----- Forwarded Message ----- From: …" keeps the headers on the separator's line. */
function separatorWithHeaders(
  trimmed: string,
): { kind: "forward" | "original"; headers: string } | null {
  if (!trimmed.startsWith("-") || trimmed.length > MAX_HEADER_LINE_CHARS) {
    return null;
  }
  let start = 0;
  while (start < trimmed.length && isDecoration(trimmed[start] ?? "")) {
    start++;
  }
  const lower = trimmed.slice(start, start + 60).toLowerCase();
  for (const [kind, phrases] of [
    ["forward", FORWARD_SEPARATORS],
    ["original", ORIGINAL_MESSAGE_SEPARATORS],
  ] as const) {
    for (const phrase of phrases) {
      const after = trimmed[start + phrase.length] ?? "";
      if (lower.startsWith(phrase) && (isDecoration(after) || after === ":")) {
        let rest = start + phrase.length;
        while (
          rest < trimmed.length &&
          (isDecoration(trimmed[rest] ?? "") || trimmed[rest] === ":")
        ) {
          rest++;
        }
        const headers = trimmed.slice(rest);
        return readHeaderLine(headers) ? { kind, headers } : null;
      }
    }
  }
  return null;
}

/** A horizontal rule: Outlook's line of underscores, or an <hr> rendered as dashes. */
export function isRuleLine(trimmed: string): boolean {
  if (trimmed.length < 10) {
    return false;
  }
  const first = trimmed[0];
  if (first !== "_" && first !== "-" && first !== "=") {
    return false;
  }
  for (const char of trimmed) {
    if (char !== first) {
      return false;
    }
  }
  return true;
}

/** "---------- Forwarded message ---------" -> "forwarded message". */
function separatorCore(trimmed: string): string {
  let start = 0;
  let end = trimmed.length;
  while (start < end && isDecoration(trimmed[start] ?? "")) {
    start++;
  }
  while (end > start && isDecoration(trimmed[end - 1] ?? "")) {
    end--;
  }
  let core = trimmed.slice(start, end);
  if (core.endsWith(":") || core.endsWith("：")) {
    core = core.slice(0, -1);
  }
  return core.trim().toLowerCase().replace(/\s+/g, " ");
}

function isDecoration(char: string): boolean {
  return (
    char === "-" || char === "_" || char === "=" || char === "*" || char === " " || char === "\t"
  );
}

/** Counts leading ">" quote markers (also "> > ") and returns the rest of the line. */
export function stripQuoteMarkers(line: string): { depth: number; text: string } {
  let depth = 0;
  let i = 0;
  let afterMarker = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === ">") {
      depth++;
      i++;
      afterMarker = i;
    } else if ((char === " " || char === "\t") && i - afterMarker < 2) {
      i++;
    } else {
      break;
    }
  }
  return depth === 0 ? { depth, text: line } : { depth, text: line.slice(afterMarker) };
}

/** Removes up to `depth` quote markers from every line. */
function unquote(text: string, depth: number): string {
  return text
    .split("\n")
    .map((line) => {
      let rest = line;
      for (let level = 0; level < depth; level++) {
        const match = /^[ \t]{0,3}> ?/.exec(rest);
        if (!match) {
          break;
        }
        rest = rest.slice(match[0].length);
      }
      return rest;
    })
    .join("\n");
}

/**
 * How deeply the forwarded block is quoted: that of its header lines (Apple Mail leaves
 * "Begin forwarded message:" unquoted and quotes the headers), else of the marker line.
 */
function quoteDepthOfBlock(
  lines: readonly string[],
  markerIndex: number,
  headerStart: number,
  end: number,
): number {
  let depth = Number.POSITIVE_INFINITY;
  for (let i = headerStart; i < end; i++) {
    const { depth: lineDepth, text } = stripQuoteMarkers(lines[i] ?? "");
    if (text.trim() !== "") {
      depth = Math.min(depth, lineDepth);
    }
  }
  return Number.isFinite(depth) ? depth : stripQuoteMarkers(lines[markerIndex] ?? "").depth;
}

/** The user's note: trimmed, with mobile footers, a "-- " signature and trailing rules removed. */
function cleanNote(text: string): string {
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "--" || isNoteBoilerplate(trimmed)) {
      break;
    }
    kept.push(line);
  }
  while (kept.length > 0) {
    const last = (kept[kept.length - 1] ?? "").trim();
    if (last !== "" && !isRuleLine(last) && !/^[-_=*]+$/.test(last)) {
      break;
    }
    kept.pop();
  }
  return kept.join("\n").trim();
}

function isNoteBoilerplate(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > 100) {
    return false;
  }
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(" gesendet") && lower.startsWith("von ")) {
    return true;
  }
  return NOTE_BOILERPLATE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** "Fwd:", "RE:", "AW:" … at the start of a subject, as "forward" / "reply", or null. */
function subjectPrefix(subject: string): "forward" | "reply" | null {
  const token = leadingSubjectToken(subject);
  if (token === null) {
    return null;
  }
  if (FORWARD_SUBJECT_PREFIXES.has(token)) {
    return "forward";
  }
  return REPLY_SUBJECT_PREFIXES.has(token) ? "reply" : null;
}

function leadingSubjectToken(subject: string): string | null {
  const trimmed = subject.trimStart().replace(/^\[[^\]]{0,40}\]\s*/, "");
  const colon = firstColon(trimmed.slice(0, MAX_SUBJECT_PREFIX_CHARS + 1));
  if (colon <= 0) {
    return null;
  }
  return trimmed
    .slice(0, colon)
    .trim()
    .toLowerCase()
    .replace(/\[\d+\]$|\.$/, "");
}

/** The forward's subject without its "Fwd:"/"FW:" prefixes, for when the header block has none. */
function stripSubjectPrefixes(subject: string): string {
  let rest = subject.trim();
  for (let i = 0; i < 5; i++) {
    const token = leadingSubjectToken(rest);
    if (token === null || !FORWARD_SUBJECT_PREFIXES.has(token)) {
      break;
    }
    rest = rest.slice(firstColon(rest) + 1).trim();
  }
  return rest;
}

function firstColon(text: string): number {
  const ascii = text.indexOf(":");
  const wide = text.indexOf("：");
  if (ascii < 0) {
    return wide;
  }
  return wide < 0 ? ascii : Math.min(ascii, wide);
}

function isAddressField(field: HeaderField): boolean {
  return (
    field === "from" || field === "to" || field === "cc" || field === "bcc" || field === "replyTo"
  );
}

/** An address list wrapped onto the next line: unbalanced "<", a trailing comma, or "<addr>" alone. */
function continuesAddress(current: string, next: string): boolean {
  if (next.length > 300) {
    return false;
  }
  const opens = countChar(current, "<") + countChar(current, "[");
  const closes = countChar(current, ">") + countChar(current, "]");
  if (opens > closes) {
    return true;
  }
  if (current.endsWith(",") || current.endsWith(";")) {
    return true;
  }
  return (next.startsWith("<") || next.startsWith("[mailto:")) && next.includes("@");
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (const c of text) {
    if (c === char) {
      count++;
    }
  }
  return count;
}

function cleanHeaderValue(value: string): string {
  let cleaned = value.replace(/\s+/g, " ").trim();
  // "*Your application*": a bold value from HTML-to-text conversion.
  if (cleaned.length > 2 && cleaned.startsWith("*") && cleaned.endsWith("*")) {
    cleaned = cleaned.slice(1, -1).trim();
  }
  return cleaned;
}

/**
 * One mailbox as forwarded header blocks write it: "Maya Ortiz <maya@x.com>",
 * "Maya Ortiz [mailto:maya@x.com]", "\"Ortiz, Maya\" <maya@x.com>", "maya@x.com",
 * "Maya Ortiz" (no address), "Maya Ortiz < (mailto:maya@x.com) maya@x.com>" (HTML).
 */
function parseForwardedMailbox(value: string): Mailbox {
  const cleaned = withoutOnBehalfOf(cleanMailboxText(value));
  let address: string | null = null;
  let name = cleaned;
  const open = cleaned.indexOf("<");
  const close = open < 0 ? -1 : cleaned.indexOf(">", open);
  if (open >= 0 && close > open) {
    address = normaliseAddress(cleaned.slice(open + 1, close));
    if (address) {
      name = `${cleaned.slice(0, open)} ${cleaned.slice(close + 1)}`;
    }
  }
  if (!address) {
    const bare = findBareAddress(cleaned);
    if (bare) {
      address = normaliseAddress(bare.address);
      name = `${cleaned.slice(0, bare.start)} ${cleaned.slice(bare.end)}`;
    }
  }
  name = decodeName(name.replace(/[<>]/g, " "));
  if (address && name.toLowerCase() === address) {
    name = "";
  }
  return { name, address };
}

/** Outlook's "Careers <careers@x.com> on behalf of Maya Ortiz": the mailbox is the first part. */
function withoutOnBehalfOf(value: string): string {
  const lower = value.toLowerCase();
  for (const phrase of ON_BEHALF_OF) {
    const at = lower.indexOf(phrase);
    if (at > 0) {
      return value.slice(0, at).trim();
    }
  }
  return value;
}

/** A To/Cc list: ";" separates Outlook's entries ("Ortiz, Maya <…>; Sam Chen <…>"), "," the others. */
function parseForwardedMailboxList(value: string): Mailbox[] {
  const cleaned = cleanMailboxText(value);
  if (cleaned === "") {
    return [];
  }
  const separator = topLevelIndexOf(cleaned, ";") >= 0 ? ";" : ",";
  const pieces = splitTopLevel(cleaned, separator);
  const merged: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? "";
    const next = pieces[i + 1];
    // "Ortiz, Maya <maya@x.com>" split on the comma: one person, not two.
    if (
      separator === "," &&
      next !== undefined &&
      !piece.includes("@") &&
      !piece.includes(" ") &&
      next.includes("<") &&
      !next.trimStart().startsWith("<")
    ) {
      merged.push(`${piece}, ${next}`);
      i++;
      continue;
    }
    merged.push(piece);
  }
  return merged
    .map((piece) => parseForwardedMailbox(piece))
    .filter((mailbox) => mailbox.address !== null || mailbox.name !== "");
}

function cleanMailboxText(value: string): string {
  return value
    .replace(/\s*\(mailto:[^()\s]*\)\s*/gi, " ")
    .replace(/<([^<>\s]*)\s*<mailto:[^<>\s]*>\s*>/gi, "<$1>")
    .replace(/\[mailto:([^[\]\s]*)\]/gi, "<$1>")
    .replace(/mailto:/gi, "")
    .replace(/\s+/g, " ")
    .trim();
}

function findBareAddress(text: string): { address: string; start: number; end: number } | null {
  const at = text.indexOf("@");
  if (at < 0) {
    return null;
  }
  let start = at;
  while (start > 0 && !isAddressBoundary(text[start - 1] ?? " ")) {
    start--;
  }
  let end = at + 1;
  while (end < text.length && !isAddressBoundary(text[end] ?? " ")) {
    end++;
  }
  let address = text.slice(start, end);
  while (address.endsWith(".")) {
    address = address.slice(0, -1);
    end--;
  }
  return { address, start, end };
}

function isAddressBoundary(char: string): boolean {
  return " \t<>()[]\"',;:".includes(char);
}

function decodeName(raw: string): string {
  let name = raw.replace(/\s+/g, " ").trim();
  if (name.includes("=?")) {
    name = decodeWords(name);
  }
  // Strip the quotes around "Ortiz, Maya" and 'Maya Ortiz'; several layers happen ("'Maya'").
  for (let i = 0; i < 3; i++) {
    const first = name[0];
    const last = name[name.length - 1];
    if (name.length >= 2 && (first === '"' || first === "'") && first === last) {
      name = name.slice(1, -1).trim();
    }
  }
  // "*Maya Ortiz*": a bold name from HTML-to-text conversion.
  return name
    .replace(/\\"/g, '"')
    .replace(/^[*_]+|[*_]+$/g, "")
    .trim();
}

function topLevelIndexOf(text: string, separator: string): number {
  let inQuotes = false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (!inQuotes && (char === "<" || char === "[")) {
      depth++;
    } else if (!inQuotes && (char === ">" || char === "]")) {
      depth = Math.max(0, depth - 1);
    } else if (!inQuotes && depth === 0 && char === separator) {
      return i;
    }
  }
  return -1;
}

function splitTopLevel(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  for (
    let index = topLevelIndexOf(rest, separator);
    index >= 0;
    index = topLevelIndexOf(rest, separator)
  ) {
    pieces.push(rest.slice(0, index).trim());
    rest = rest.slice(index + 1);
  }
  pieces.push(rest.trim());
  return pieces.filter((piece) => piece !== "");
}

function isBlank(line: string): boolean {
  return stripQuoteMarkers(line).text.trim() === "";
}

function nextNonBlank(lines: readonly string[], from: number, maxBlanks: number): number {
  for (let i = from; i < lines.length && i <= from + maxBlanks; i++) {
    if (!isBlank(lines[i] ?? "")) {
      return i;
    }
  }
  return -1;
}

function offsetOfLine(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index && i < lines.length; i++) {
    offset += (lines[i] ?? "").length + 1;
  }
  return offset;
}

let forwardParser: EmailForwardParser | null = null;

/**
 * Last resort for what our own scan does not know (Outlook 2019's "On …, "Name" <addr>
 * wrote:" separator, Yahoo's run-together headers, rarer locales): email-forward-parser,
 * given a short sanitised view it cannot backtrack on, and only when the subject says
 * "forward" (the library's own guard against reading replies as forwards).
 */
function forwardFromLibrary(text: string, subject: string): InlineForward | null {
  const view = libraryView(text, LIBRARY_VIEW_CHARS);
  let result: EmailForwardResult;
  try {
    forwardParser ??= new EmailForwardParser();
    result = forwardParser.read(view, subject);
  } catch {
    return null;
  }
  const { email } = result;
  if (!result.forwarded || email.body === undefined || !(email.from.address || email.from.name)) {
    return null;
  }
  const body = email.body.trim();
  // The view is cut and sanitised; take the body from the real text when it can be found.
  const firstLine = body.split("\n", 1)[0]?.trim().slice(0, 60) ?? "";
  const at = firstLine.length >= 8 ? text.indexOf(firstLine) : -1;
  return {
    note: cleanNote(stripTrailingSeparator(result.message ?? "")),
    original: {
      from: libraryMailbox(email.from),
      to: libraryMailboxes(email.to),
      cc: libraryMailboxes(email.cc),
      subject: email.subject ?? stripSubjectPrefixes(subject),
      date: email.date ?? null,
      body: at >= 0 ? text.slice(at).trim() : body,
    },
  };
}

/**
 * What the crisp-oss parsers (email-forward-parser, email-reply-parser) may see: their regexes
 * backtrack on long lines and runs of blank lines, so they get a bounded prefix with lines cut
 * short and blank runs collapsed.
 */
export function libraryView(text: string, maxChars: number): string {
  const out: string[] = [];
  let blank = false;
  for (const line of text.slice(0, maxChars).split("\n")) {
    const trimmedEnd = line.trimEnd().slice(0, LIBRARY_VIEW_LINE_CHARS);
    if (trimmedEnd.trim() === "") {
      if (!blank) {
        out.push("");
      }
      blank = true;
      continue;
    }
    blank = false;
    out.push(trimmedEnd);
  }
  return out.join("\n");
}

function stripTrailingSeparator(message: string): string {
  const lines = message.split("\n");
  while (lines.length > 0) {
    const last = (lines[lines.length - 1] ?? "").trim();
    if (last !== "" && separatorKind(last) === null) {
      break;
    }
    lines.pop();
  }
  return lines.join("\n");
}

function libraryMailbox(mailbox: EmailForwardMailbox): Mailbox {
  const address = normaliseAddress(mailbox.address);
  const name = decodeName(mailbox.name ?? (address ? "" : (mailbox.address ?? "")));
  return { name: address && name.toLowerCase() === address ? "" : name, address };
}

function libraryMailboxes(
  value: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined,
): Mailbox[] {
  if (!value) {
    return [];
  }
  return (Array.isArray(value) ? value : [value])
    .map(libraryMailbox)
    .filter((mailbox) => mailbox.address !== null || mailbox.name !== "");
}
