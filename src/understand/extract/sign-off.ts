import { fold } from "./text.ts";

/** Sign-offs, folded (lower case, no accents); "ß" phrases also match their "ss" spelling. */
const SIGN_OFF_PHRASES = (
  "regards|best regards|kind regards|kindest regards|warm regards|warmest regards|with regards|" +
  "many regards|sincere regards|best wishes|warm wishes|with best wishes|all best wishes|my best|" +
  "best|all the best|all best|best of luck|good luck|thanks|thank you|many thanks|thanks again|" +
  "thanks so much|thank you again|thank you so much|cheers|sincerely|yours|yours sincerely|" +
  "yours truly|yours faithfully|sincerely yours|warmly|respectfully|take care|talk soon|" +
  "speak soon|mit freundlichen grußen|mit besten grußen|mit herzlichen grußen|" +
  "mit lieben grußen|mit vielen grußen|mit sonnigen grußen|mit kollegialen grußen|" +
  "mit den besten grußen|freundliche gruße|viele gruße|beste gruße|liebe gruße|" +
  "herzliche gruße|schone gruße|sonnige gruße|gruße|gruß|lg|vg|mfg|cordialement|" +
  "bien cordialement|tres cordialement|bien a vous|salutations|meilleures salutations|" +
  "sinceres salutations|salutations distinguees|amicalement|bien amicalement|a bientot|" +
  "belle journee|bonne journee|bonne continuation|bonne soiree|saludos|saludos cordiales|" +
  "un saludo|un saludo cordial|cordial saludo|un cordial saludo|recibe un cordial saludo|" +
  "reciba un cordial saludo|muchos saludos|cordiales saludos|atentamente|un abrazo|" +
  "muchas gracias|gracias|merci|merci beaucoup|vielen dank|danke|cordiali saluti|" +
  "distinti saluti|un cordiale saluto|saluti|met vriendelijke groet|met vriendelijke groeten|" +
  "vriendelijke groet|vriendelijke groeten|hartelijke groet|met hartelijke groet|" +
  "hartelijke groeten|groeten|groet|med vanliga halsningar|vanliga halsningar|halsningar|" +
  "pozdrawiam|z powazaniem|abraco|abracos|um abraco|um grande abraco|grande abraco|" +
  "atenciosamente|cumprimentos|melhores cumprimentos|com os melhores cumprimentos|saudacoes|" +
  "obrigado|obrigada|muito obrigado|muito obrigada|ate breve|un abbraccio|a presto|" +
  "groetjes|hartelijke groetjes|tot ziens"
).split("|");
const SIGN_OFFS: ReadonlySet<string> = new Set(
  SIGN_OFF_PHRASES.flatMap((p) => (p.includes("ß") ? [p, p.replace(/ß/g, "ss")] : [p])),
);
/** The longest sign-off is four words ("reciba un cordial saludo"). */
const MAX_SIGN_OFF_WORDS = 4;
const LINE_TOKENS = /[^\s,.!…—–:;-]+/g;
const SIGN_OFF_WORD =
  /\b(?:regards|wishes|best|thanks|cheers|gratitude|gruße|grusse|gruß|groet|groeten|saludos?|cordialement|salutations|saluti|merci|gracias|danke|atenciosamente|abraços|hilsen|terveisin|pozdrawiam)\b/;

/** "Best, Maya" -> { rest: "Maya" }; "Thank you" -> { rest: "" }; prose -> null. */
export function matchSignOff(line: string): { rest: string } | null {
  const tokens = [...line.matchAll(LINE_TOKENS)].slice(0, MAX_SIGN_OFF_WORDS + 1);
  let matchedEnd = -1;
  let phrase = "";
  for (let i = 0; i < tokens.length && i < MAX_SIGN_OFF_WORDS; i++) {
    const token = tokens[i];
    if (!token) break;
    phrase = i === 0 ? fold(token[0]) : `${phrase} ${fold(token[0])}`;
    if (SIGN_OFFS.has(phrase)) matchedEnd = (token.index ?? 0) + token[0].length;
  }
  if (matchedEnd < 0) {
    // "Thanks and best regards,", "Warm wishes,": a short line ending in a comma that says it.
    const folded = fold(line);
    if (/,$/.test(line) && tokens.length <= 5 && SIGN_OFF_WORD.test(folded)) return { rest: "" };
    return null;
  }
  return { rest: line.slice(matchedEnd).replace(/^[\s,.!…—–:;-]+/, "") };
}
