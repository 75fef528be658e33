/**
 * Per-call overhead of the generated client (validation on) against a bare openapi-fetch client
 * and plain fetch, all making the same createMiscategorization call: on a stub fetch that answers
 * at once (CPU cost alone), and on a real server on 127.0.0.1.
 */
import createFetchClient from "openapi-fetch";
import { afterAll, bench, describe } from "vitest";
import { GENERATED } from "../helpers/paths.js";
import { startServer } from "../helpers/server.js";

type Pkg = typeof import("../../generated/src/index.js");
type Paths = import("../../generated/src/types.js").paths;
const pkg = (await import(`${GENERATED}/dist/index.js`)) as Pkg;

const ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
const BODY = {
  content_adds: [82],
  content_removes: [155],
  indicator_type: "domain" as const,
  security_adds: [117, 131],
  security_removes: [83],
};
const ANSWER = JSON.stringify({ success: true, errors: [], messages: [] });
const HEADERS = { Authorization: "Bearer token", "Content-Type": "application/json" };

const stubFetch = async (_input: Request) =>
  new Response(ANSWER, { status: 200, headers: { "content-type": "application/json" } });
const server = await startServer();
server.reply({ status: 200, headers: { "content-type": "application/json" }, body: ANSWER });
afterAll(() => server.close());

for (const [where, baseUrl, fetchImpl] of [
  ["stub fetch (CPU only)", "https://api.cloudflare.com/client/v4", stubFetch],
  ["127.0.0.1 server", server.baseUrl, (input: Request) => fetch(input)],
] as const) {
  const generated = pkg.createClient({ apiToken: "token", baseUrl, fetch: fetchImpl });
  const bare = createFetchClient<Paths>({
    baseUrl,
    fetch: fetchImpl,
    headers: { Authorization: "Bearer token" },
  });
  // Long enough that JIT warm-up and GC pauses even out: each task warms up on its own first.
  const options = { time: 2000, warmupTime: 500, warmupIterations: 2000 };
  describe(`createMiscategorization, ${where}`, () => {
    bench(
      "generated client (validateRequests on)",
      async () => {
        await generated.createMiscategorization({ path: { account_id: ACCOUNT }, body: BODY });
      },
      options,
    );
    bench(
      "bare openapi-fetch",
      async () => {
        await bare.POST("/accounts/{account_id}/intel/miscategorization", {
          params: { path: { account_id: ACCOUNT } },
          body: BODY,
        });
      },
      options,
    );
    bench(
      "plain fetch",
      async () => {
        const response = await fetchImpl(
          new Request(`${baseUrl}/accounts/${ACCOUNT}/intel/miscategorization`, {
            method: "POST",
            headers: HEADERS,
            body: JSON.stringify(BODY),
          }),
        );
        await response.json();
      },
      options,
    );
  });
}
