import type { DraftLanguage } from "../../domain/draft-language.ts";
import type { LanguagePack } from "../wording.ts";
import { DE } from "./de.ts";
import { EN } from "./en.ts";
import { ES } from "./es.ts";
import { FR } from "./fr.ts";
import { IT } from "./it.ts";
import { NL } from "./nl.ts";
import { PT } from "./pt.ts";

/** Every language Rebound writes, by code. */
export const PACKS: { readonly [L in DraftLanguage]: LanguagePack } = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  nl: NL,
  it: IT,
  pt: PT,
};
