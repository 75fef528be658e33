import { describe, expect, it } from "vitest";
import {
  operationFunctionName,
  operationIdProblem,
  operationTypeName,
} from "../../generator/model/names.js";

describe("operationFunctionName / operationTypeName", () => {
  it.each([
    [
      "createBotFeedbackReport",
      {
        given: "createBotFeedbackReport",
        fn: "createBotFeedbackReport",
        type: "CreateBotFeedbackReport",
      },
    ],
    [
      "kebab-case is camelCased",
      { given: "zone-settings-get", fn: "zoneSettingsGet", type: "ZoneSettingsGet" },
    ],
    ["dots and spaces too", { given: "zones.list all", fn: "zonesListAll", type: "ZonesListAll" }],
    [
      "snake_case is already an identifier",
      { given: "get_zone", fn: "get_zone", type: "Get_zone" },
    ],
  ])("%s", (_name, { given, fn, type }) => {
    expect(operationFunctionName(given)).toBe(fn);
    expect(operationTypeName(given)).toBe(type);
  });
});

describe("operationIdProblem", () => {
  it.each([
    ["a plain name is fine", { given: "listZones", want: undefined }],
    [
      "a reserved word",
      { given: "delete", want: 'operationId "delete" gives the reserved name "delete"' },
    ],
    [
      "shadows the package's createClient",
      {
        given: "create-client",
        want: 'operationId "create-client" gives the reserved name "createClient"',
      },
    ],
    [
      "shadows the client's raw member",
      { given: "raw", want: 'operationId "raw" gives the reserved name "raw"' },
    ],
    [
      "starts with a digit",
      {
        given: "2fa-enable",
        want: 'operationId "2fa-enable" cannot become a function name (got "2faEnable")',
      },
    ],
    [
      "nothing usable",
      { given: "--", want: 'operationId "--" cannot become a function name (got "")' },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(operationIdProblem(given)).toBe(want);
  });
});
