import { remembered } from "../remembered.ts";
import { fold } from "./text.ts";

/**
 * A word list matched against the words of a text, accent- and case-insensitively: "word"
 * whole, "word*" as a prefix, "*word*" anywhere in a word, and "two words" as a phrase.
 * Set lookups instead of one large alternation: each such regex costs about a millisecond to
 * compile on first use, against a budget of ten for the whole message.
 */
interface Vocabulary {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  infixes: readonly string[];
  phrases: readonly string[];
  /** mentions() for this vocabulary, remembered: readers ask about the same names and titles. */
  said: (text: string) => boolean;
}

/** Sorts a "|"-separated spec into whole words, prefixes, infixes and phrases. */
export function vocabulary(spec: string): Vocabulary {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const infixes: string[] = [];
  const phrases: string[] = [];
  for (const entry of spec.split("|")) {
    if (entry.includes(" ") || entry.includes("/")) phrases.push(entry);
    else if (entry.startsWith("*")) infixes.push(entry.slice(1, -1));
    else if (entry.endsWith("*")) prefixes.push(entry.slice(0, -1));
    else words.add(entry);
  }
  const vocab: Vocabulary = {
    words,
    prefixes,
    infixes,
    phrases,
    said: remembered((text) => saysAny(vocab, text)),
  };
  return vocab;
}

const WORD_SEPARATORS = /[^a-z0-9ßłøæœđþı]+/;

/** Whether any word of the text is in the vocabulary. */
export function mentions(vocab: Vocabulary, text: string): boolean {
  return vocab.said(text);
}

function saysAny(vocab: Vocabulary, text: string): boolean {
  const folded = fold(text);
  if (vocab.phrases.some((phrase) => folded.includes(phrase))) return true;
  for (const word of folded.split(WORD_SEPARATORS)) {
    if (word === "") continue;
    if (vocab.words.has(word)) return true;
    if (vocab.prefixes.some((p) => word.startsWith(p))) return true;
    if (vocab.infixes.some((p) => word.includes(p))) return true;
  }
  return false;
}
