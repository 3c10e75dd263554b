// email-forward-parser and email-reply-parser try `require("re2")`, a native Node addon that
// cannot exist in workerd; they fall back to RegExp when it throws. This makes it throw quietly.
throw new Error("re2 is a native Node addon and is not available in the Workers runtime");
