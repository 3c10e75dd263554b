/** An address; the lookbehind starts each attempt at a word's start, keeping long words linear. */
export const EMAIL_IN_TEXT =
  /(?<![\w.%+'-])[\w.%+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24}/gi;
