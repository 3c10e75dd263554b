import * as v from "valibot";

const Address = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254));

/** Body of POST /admin/users: one job seeker served by this deployment. */
export const NewUserBodySchema = v.object({
  inboxAddress: Address,
  ownerAddress: Address,
  otherAddresses: v.optional(v.pipe(v.array(Address), v.maxLength(10)), []),
  displayName: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(120))), null),
  timeZone: v.optional(
    v.pipe(
      v.string(),
      v.check((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "not an IANA time zone"),
    ),
    "UTC",
  ),
  digestHour: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)), 8),
  targetCompanies: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
      v.maxLength(50),
    ),
    [],
  ),
  deliveryMode: v.optional(v.picklist(["handoff", "direct"]), "handoff"),
  prefersCalling: v.optional(v.boolean(), false),
  /** Direct delivery sends from this address: it must be on a domain onboarded to Email Sending. */
  sendingAddress: v.optional(v.nullable(Address), null),
});
export type NewUserBody = v.InferOutput<typeof NewUserBodySchema>;

const TimeZone = v.pipe(
  v.string(),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "not an IANA time zone"),
);

/** Body of PATCH /admin/users/:id: the same settings a reply can change; only those named. */
export const UserPatchBodySchema = v.pipe(
  v.strictObject({
    displayName: v.optional(
      v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
    ),
    timeZone: v.optional(TimeZone),
    digestHour: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23))),
    /** An ISO 639-1 code, or "auto" for the employer's language. */
    language: v.optional(v.union([v.literal("auto"), v.pipe(v.string(), v.regex(/^[a-z]{2}$/))])),
    deliveryMode: v.optional(v.picklist(["handoff", "direct"])),
    sendingAddress: v.optional(v.nullable(Address)),
    targetCompanies: v.optional(
      v.pipe(
        v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
        v.maxLength(50),
      ),
    ),
    paused: v.optional(v.boolean()),
  }),
  v.check((body) => Object.keys(body).length > 0, "name at least one setting to change"),
);
export type UserPatchBody = v.InferOutput<typeof UserPatchBodySchema>;
