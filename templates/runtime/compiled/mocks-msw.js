/**
 * MSW request handlers over the mock `fetch` (the `./mocks/msw` entry; `msw` is an optional peer
 * dependency). Only `http.all` and a `Response` returned from the resolver are used: the API that
 * MSW 2 and 3 share.
 */
import { http } from "msw";
/** One handler for every request under `baseUrl`, answered by `mockFetch`. */
export function handlersFor(mockFetch, baseUrl) {
  const handler = http.all(`${baseUrl.replace(/\/+$/, "")}/*`, async ({ request }) => {
    try {
      return await mockFetch(request);
    } catch (error) {
      // The mock's dropped connection: MSW turns `Response.error()` into a network error.
      if (error instanceof TypeError) return Response.error();
      throw error;
    }
  });
  return Object.assign([handler], { calls: mockFetch.calls });
}
