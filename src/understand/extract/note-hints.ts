import type { ContactKind } from "../../../schemas/understanding.ts";
import { findNoteMentions, MAX_MENTIONS_PER_SENTENCE } from "./note-mentions.ts";
import {
  ALL_OF_THEM,
  CLAUSE_END,
  CLAUSE_ENDS,
  NOTE_KIND_CUES,
  OWNED_BY_PREVIOUS,
  PRONOUN,
  WARM_BEFORE,
  WARM_CUE,
} from "./note-patterns.ts";
import { newPerson, type People, type Person } from "./people-registry.ts";
import { fold } from "./text.ts";

/** A note names a handful of people; past this it is pasted text, not a note. */
const MAX_NOTE_SENTENCES = 40;

/** Splits the text between two names into what describes the first and what the second. */
function splitGap(gap: string, hasPrevious: boolean): [string, string] {
  if (!hasPrevious) return ["", gap];
  let boundary: RegExpExecArray | null = null;
  CLAUSE_ENDS.lastIndex = 0;
  for (let m = CLAUSE_ENDS.exec(gap); m !== null; m = CLAUSE_ENDS.exec(gap)) boundary = m;
  if (boundary === null) return OWNED_BY_PREVIOUS.test(gap) ? [gap, ""] : ["", gap];
  return [
    gap.slice(0, boundary.index).replace(/^[\s,(]+/, ""),
    gap.slice(boundary.index + boundary[0].length),
  ];
}

interface NoteContext {
  company: string | null;
  role: string | null;
  body: string;
}

/** Reads the note: who is named, their address, their part, and how warm it was. */
export function readNote(note: string, people: People, ctx: NoteContext): void {
  if (note.trim() === "") return;
  const text = note
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter(
      (line) =>
        !/^(?:sent from|gesendet von|envoyé de|enviado desde|get outlook|--\s*$)/i.test(
          line.trim(),
        ),
    )
    .join("\n");
  const companyWords = new Set(ctx.company ? fold(ctx.company).split(/\s+/) : []);
  const roleWords = new Set(ctx.role ? fold(ctx.role).split(/\s+/) : []);
  const named: Person[] = [];
  for (const sentence of splitSentences(text).slice(0, MAX_NOTE_SENTENCES)) {
    const mentions = findNoteMentions(sentence, people, companyWords, roleWords, ctx.body).slice(
      0,
      MAX_MENTIONS_PER_SENTENCE,
    );
    if (mentions.length === 0) {
      applyToEarlier(sentence, named);
      continue;
    }
    const distinct = new Set(mentions.map((m) => fold(m.name ?? m.email ?? "")));
    const sentenceKind = NOTE_KIND_CUES.find((cue) => cue.re.test(sentence));
    const sentenceWarm = WARM_CUE.test(sentence);
    const allOfThem = ALL_OF_THEM.test(sentence);
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i];
      if (!mention) continue;
      // The text between two names is split at its last clause boundary: "Sarah Kim (EM) and Dev
      // Patel", "recruiter was Dana Kim, HM Marcus Webb", "Sarah was the HM, Dev Patel".
      const ownBefore = splitGap(
        sentence.slice(mentions[i - 1]?.end ?? 0, mention.start),
        i > 0,
      )[1];
      const after = sentence.slice(mention.end, mentions[i + 1]?.start ?? sentence.length);
      const afterClause =
        i < mentions.length - 1
          ? splitGap(after, true)[0]
          : (after.replace(/^[\s,(]+/, "").split(CLAUSE_END)[0] ?? "");
      const last = i === mentions.length - 1;
      let kind: ContactKind = "interviewer";
      let strength = 1;
      const ownKind =
        NOTE_KIND_CUES.find((cue) => cue.re.test(afterClause.slice(0, 60))) ??
        NOTE_KIND_CUES.find(
          (cue) => cue.kind !== "interviewer" && cue.re.test(ownBefore.slice(-40)),
        );
      if (ownKind) {
        kind = ownKind.kind;
        strength = 3;
      } else {
        if (sentenceKind && (distinct.size === 1 || sentenceKind.kind === "interviewer")) {
          kind = sentenceKind.kind;
          strength = sentenceKind.kind === "interviewer" ? 1.5 : 2.5;
        }
      }
      const warm =
        WARM_BEFORE.test(ownBefore.slice(-80)) ||
        WARM_CUE.test((last ? after : afterClause).slice(0, 160)) ||
        (sentenceWarm && (distinct.size === 1 || allOfThem));
      const stored = people.add(newPerson(mention.name, mention.email, kind, strength), true);
      if (!stored) continue;
      const said = sentence.trim();
      if (said && !stored.notes.includes(said)) stored.notes.push(said);
      stored.warm ||= warm;
      if (!named.includes(stored)) named.push(stored);
      else named.push(named.splice(named.indexOf(stored), 1)[0] ?? stored);
    }
  }
}

/** "He was the hiring manager." "Both lovely." A sentence about people named earlier. */
function applyToEarlier(sentence: string, named: Person[]): void {
  const last = named[named.length - 1];
  if (!last) return;
  const targets = ALL_OF_THEM.test(sentence)
    ? named
    : PRONOUN.test(sentence) || named.length === 1
      ? [last]
      : [];
  for (const person of targets) {
    if (WARM_CUE.test(sentence)) person.warm = true;
    const cue = NOTE_KIND_CUES.find((c) => c.kind !== "interviewer" && c.re.test(sentence));
    if (cue && targets.length === 1 && person.kindStrength < 3) {
      person.kind = cue.kind;
      person.kindStrength = 3;
    }
    const said = sentence.trim();
    if (!person.notes.includes(said)) person.notes.push(said);
  }
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"'(])|\n+|;\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
