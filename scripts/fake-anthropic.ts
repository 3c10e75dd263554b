// npm run fake-anthropic [-- PORT]: the tests' fake Anthropic API as a local HTTP server, so
// the Claude path can be tried here without a key or a network. Point a client at
//   ANTHROPIC_BASE_URL=http://127.0.0.1:PORT/<any-key>/<scenario>
// where scenario is good, obey, invalid-json, 429, 500, hang … (test/support/fake-anthropic.ts).
import { createServer } from "node:http";
import { FAKE_ANTHROPIC_HOST, fakeAnthropicOutbound } from "../test/support/fake-anthropic.ts";

const port = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 8788);

createServer(async (incoming, outgoing) => {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(`http://${FAKE_ANTHROPIC_HOST}${incoming.url ?? "/"}`, {
    method: incoming.method ?? "GET",
    headers,
    ...(incoming.method === "POST" ? { body: Buffer.concat(chunks) } : {}),
  });
  const response = await fakeAnthropicOutbound(request as never);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}).listen(port, "127.0.0.1", () => {
  console.log(`fake Anthropic API on http://127.0.0.1:${port}/<key>/<scenario>  (Ctrl-C stops it)`);
});
