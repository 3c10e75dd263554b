import type { UserPatchBody } from "../../schemas/api.ts";
import type { UserChanges } from "../db/settings.ts";

/** The admin API's body as the same changes a reply makes. */
export function patchToChanges(body: UserPatchBody): UserChanges {
  const { language, ...rest } = body;
  const changes: UserChanges = {};
  for (const [key, value] of Object.entries(rest) as [keyof typeof rest, unknown][]) {
    if (value !== undefined) Object.assign(changes, { [key]: value });
  }
  if (language === "auto") {
    changes.draftLanguage = null;
    changes.followEmployerLanguage = true;
  } else if (language !== undefined) {
    changes.draftLanguage = language;
    changes.followEmployerLanguage = false;
  }
  return changes;
}
