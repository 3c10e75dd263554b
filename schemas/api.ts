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
