/**
 * Tree-shaking holds: a bundle of the four seed operations' functions holds none of the code,
 * paths or validators of the other operations. (Sizes are measured in the bench, not asserted.)
 */
import { describe, expect, it } from "vitest";
import { bundleConsumer, FOUR_OPERATIONS, WHOLE_CLIENT } from "./helpers/bundle.mjs";
import { GENERATED } from "./helpers/paths.js";

const ENTRY = `${GENERATED}/dist/index.js`;
const OTHERS = ["listBotFeedbackReports", "getBotManagementConfig", "updateBotManagementConfig"];

describe("bundles of the generated package", () => {
  it("the four seed operations' bundle has no code of the other three", async () => {
    const { code } = await bundleConsumer(FOUR_OPERATIONS, ENTRY, false);
    for (const used of [
      "createBotFeedbackReport",
      "validateCreateBotFeedbackReportBody",
      "validateCreateMiscategorizationBody",
    ]) {
      expect(code).toContain(used);
    }
    for (const other of OTHERS) {
      expect(code).not.toContain(other);
      expect(code).not.toContain(`validate${other[0]!.toUpperCase()}${other.slice(1)}`);
    }
    expect(code).not.toContain('"/zones/{zone_id}/bot_management"');
    expect(code).not.toMatch(/sbfm_verified_bots/);
  });

  it("the whole client's bundle has all seven", async () => {
    const { code } = await bundleConsumer(WHOLE_CLIENT, ENTRY, false);
    for (const other of OTHERS) expect(code).toContain(other);
  });
});
