// Stands in for @anthropic-ai/sdk when scripts/bench-workerd.ts measures the bundle without
// it: what a deployment without an API key never evaluates (src/llm/anthropic-client.ts).
export default class NoSdk {}
