import { transformJSONSchema } from "@anthropic-ai/sdk/lib/transform-json-schema";
import type { JSONOutputFormat } from "@anthropic-ai/sdk/resources/messages";
import { toJsonSchema } from "@valibot/to-json-schema";
import * as v from "valibot";

/**
 * The structured-output format for a valibot schema: JSON Schema from @valibot/to-json-schema,
 * made strict the way the SDK does it (additionalProperties false; limits the API cannot
 * enforce, such as maxLength, move into descriptions and are enforced by valibot on the way back).
 */
export function outputFormatOf(schema: v.GenericSchema): JSONOutputFormat {
  // "ignore": trims and lower-casing have no JSON Schema form; valibot applies them afterwards.
  const jsonSchema = toJsonSchema(schema, { errorMode: "ignore" });
  return { type: "json_schema", schema: transformJSONSchema(jsonSchema) };
}

export type ParsedOutput<T> = { ok: true; value: T } | { ok: false; issues: string };

/** Parses the model's text as JSON and validates it; never a bare JSON.parse. */
export function parseOutput<TSchema extends v.GenericSchema>(
  schema: TSchema,
  text: string,
): ParsedOutput<v.InferOutput<TSchema>> {
  const result = v.safeParse(v.pipe(v.string(), v.parseJson(), schema), text);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: v.summarize(result.issues).slice(0, 500) };
}
