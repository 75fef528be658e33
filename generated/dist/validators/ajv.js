// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.
// Ajv standalone validators (https://ajv.js.org/standalone.html).
import { dateTime } from "../runtime/formats.js";
import { ucs2length } from "../runtime/validation.js";

export const validateSchema0_Identifier = validate0;
const schema0 = { type: "string", maxLength: 32 };
const func0 = ucs2length;

function validate0(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (func0(data) > 32) {
      const err0 = { instancePath, keyword: "maxLength", params: { limit: 32 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate0.errors = vErrors;
  return errors === 0;
}

export const validateSchema1_ResponseInfo = validate1;
const schema1 = {
  type: "object",
  required: ["code", "message"],
  properties: {
    code: { type: "integer", minimum: 1000 },
    message: { type: "string" },
    documentation_url: { type: "string" },
    source: { type: "object", properties: { pointer: { type: "string" } } },
  },
};
const func1 = Object.prototype.hasOwnProperty;

function validate1(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.code === undefined || !func1.call(data, "code")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "code" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.message === undefined || !func1.call(data, "message")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "message" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.code !== undefined && func1.call(data, "code")) {
      let data0 = data.code;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
        const err2 = {
          instancePath: instancePath + "/code",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1000 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/code",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.message !== undefined && func1.call(data, "message")) {
      let data1 = data.message;
      if (typeof data1 !== "string") {
        const err4 = {
          instancePath: instancePath + "/message",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.documentation_url !== undefined && func1.call(data, "documentation_url")) {
      let data2 = data.documentation_url;
      if (typeof data2 !== "string") {
        const err5 = {
          instancePath: instancePath + "/documentation_url",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.source !== undefined && func1.call(data, "source")) {
      let data3 = data.source;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.pointer !== undefined && func1.call(data3, "pointer")) {
          let data4 = data3.pointer;
          if (typeof data4 !== "string") {
            const err6 = {
              instancePath: instancePath + "/source/pointer",
              keyword: "type",
              params: { type: "string" },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/source",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate1.errors = vErrors;
  return errors === 0;
}

export const validateSchema2_ResponseMessage = validate2;
const schema2 = {
  type: "object",
  required: ["message"],
  properties: {
    code: { type: "integer", minimum: 1000 },
    message: { type: "string" },
    documentation_url: { type: "string" },
    source: { type: "object", properties: { pointer: { type: "string" } } },
  },
};

function validate2(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === undefined || !func1.call(data, "message")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "message" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.code !== undefined && func1.call(data, "code")) {
      let data0 = data.code;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
        const err1 = {
          instancePath: instancePath + "/code",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 1000 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + "/code",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.message !== undefined && func1.call(data, "message")) {
      let data1 = data.message;
      if (typeof data1 !== "string") {
        const err3 = {
          instancePath: instancePath + "/message",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.documentation_url !== undefined && func1.call(data, "documentation_url")) {
      let data2 = data.documentation_url;
      if (typeof data2 !== "string") {
        const err4 = {
          instancePath: instancePath + "/documentation_url",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.source !== undefined && func1.call(data, "source")) {
      let data3 = data.source;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.pointer !== undefined && func1.call(data3, "pointer")) {
          let data4 = data3.pointer;
          if (typeof data4 !== "string") {
            const err5 = {
              instancePath: instancePath + "/source/pointer",
              keyword: "type",
              params: { type: "string" },
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/source",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate2.errors = vErrors;
  return errors === 0;
}

export const validateSchema3_SuccessEnvelope = validate3;
const schema3 = {
  type: "object",
  required: ["errors", "messages", "success"],
  properties: {
    errors: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    messages: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    success: { const: true },
  },
};

function validate3(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errors === undefined || !func1.call(data, "errors")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "errors" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.messages === undefined || !func1.call(data, "messages")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "messages" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success === undefined || !func1.call(data, "success")) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "success" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.errors !== undefined && func1.call(data, "errors")) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate1(data0[i0], {
              instancePath: instancePath + "/errors/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/errors",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.messages !== undefined && func1.call(data, "messages")) {
      let data2 = data.messages;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate1(data2[i1], {
              instancePath: instancePath + "/messages/" + i1,
              parentData: data2,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/messages",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.success !== undefined && func1.call(data, "success")) {
      let data4 = data.success;
      if (true !== data4) {
        const err5 = {
          instancePath: instancePath + "/success",
          keyword: "const",
          params: { allowedValue: true },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate3.errors = vErrors;
  return errors === 0;
}

export const validateSchema4_ErrorEnvelope = validate6;
const schema4 = {
  type: "object",
  required: ["errors", "success"],
  properties: {
    errors: { type: "array", minItems: 1, items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    messages: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    success: { const: false },
    result: { type: "null" },
  },
};

function validate6(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errors === undefined || !func1.call(data, "errors")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "errors" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.success === undefined || !func1.call(data, "success")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "success" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.errors !== undefined && func1.call(data, "errors")) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err2 = {
            instancePath: instancePath + "/errors",
            keyword: "minItems",
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate1(data0[i0], {
              instancePath: instancePath + "/errors/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/errors",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.messages !== undefined && func1.call(data, "messages")) {
      let data2 = data.messages;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate1(data2[i1], {
              instancePath: instancePath + "/messages/" + i1,
              parentData: data2,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/messages",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.success !== undefined && func1.call(data, "success")) {
      let data4 = data.success;
      if (false !== data4) {
        const err5 = {
          instancePath: instancePath + "/success",
          keyword: "const",
          params: { allowedValue: false },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.result !== undefined && func1.call(data, "result")) {
      let data5 = data.result;
      if (data5 !== null) {
        const err6 = {
          instancePath: instancePath + "/result",
          keyword: "type",
          params: { type: "null" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate6.errors = vErrors;
  return errors === 0;
}

export const validateSchema5_ResultInfo = validate9;
const schema5 = {
  type: "object",
  required: ["count", "page", "per_page", "total_count", "total_pages"],
  properties: {
    count: { type: "integer", minimum: 0 },
    page: { type: "integer", minimum: 0 },
    per_page: { type: "integer", minimum: 0 },
    total_count: { type: "integer", minimum: 0 },
    total_pages: { type: "integer", minimum: 0 },
  },
};

function validate9(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.count === undefined || !func1.call(data, "count")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "count" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page === undefined || !func1.call(data, "page")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "page" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.per_page === undefined || !func1.call(data, "per_page")) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "per_page" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.total_count === undefined || !func1.call(data, "total_count")) {
      const err3 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "total_count" },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.total_pages === undefined || !func1.call(data, "total_pages")) {
      const err4 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "total_pages" },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.count !== undefined && func1.call(data, "count")) {
      let data0 = data.count;
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
        const err5 = {
          instancePath: instancePath + "/count",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + "/count",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.page !== undefined && func1.call(data, "page")) {
      let data1 = data.page;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1))) {
        const err7 = {
          instancePath: instancePath + "/page",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number") {
        if (data1 < 0 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + "/page",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.per_page !== undefined && func1.call(data, "per_page")) {
      let data2 = data.per_page;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2))) {
        const err9 = {
          instancePath: instancePath + "/per_page",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == "number") {
        if (data2 < 0 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + "/per_page",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.total_count !== undefined && func1.call(data, "total_count")) {
      let data3 = data.total_count;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3))) {
        const err11 = {
          instancePath: instancePath + "/total_count",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number") {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = {
            instancePath: instancePath + "/total_count",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.total_pages !== undefined && func1.call(data, "total_pages")) {
      let data4 = data.total_pages;
      if (!(typeof data4 == "number" && !(data4 % 1) && !isNaN(data4))) {
        const err13 = {
          instancePath: instancePath + "/total_pages",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number") {
        if (data4 < 0 || isNaN(data4)) {
          const err14 = {
            instancePath: instancePath + "/total_pages",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  } else {
    const err15 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate9.errors = vErrors;
  return errors === 0;
}

export const validateSchema6_BotFeedbackReport = validate10;
const schema6 = {
  type: "object",
  additionalProperties: false,
  required: [
    "description",
    "expression",
    "first_request_seen_at",
    "last_request_seen_at",
    "requests",
    "requests_by_attribute",
    "requests_by_score",
    "requests_by_score_src",
    "type",
  ],
  properties: {
    created_at: { type: "string", format: "date-time" },
    description: { type: "string" },
    expression: { type: "string" },
    first_request_seen_at: { type: "string", format: "date-time" },
    last_request_seen_at: { type: "string", format: "date-time" },
    requests: { type: "integer", minimum: 0 },
    requests_by_attribute: { $ref: "urn:cf-sdk:schema:RequestsByAttribute" },
    requests_by_score: { $ref: "urn:cf-sdk:schema:RequestsByScore" },
    requests_by_score_src: { $ref: "urn:cf-sdk:schema:RequestsByScoreSrc" },
    type: { $ref: "urn:cf-sdk:schema:FeedbackType" },
    subtype: { type: "string" },
  },
};
const schema6_properties = {
  created_at: 0,
  description: 0,
  expression: 0,
  first_request_seen_at: 0,
  last_request_seen_at: 0,
  requests: 0,
  requests_by_attribute: 0,
  requests_by_score: 0,
  requests_by_score_src: 0,
  type: 0,
  subtype: 0,
};
const schema9 = {
  type: "object",
  propertyNames: { pattern: "^(?:[1-9]|[1-9][0-9])$" },
  additionalProperties: { type: "integer", minimum: 0 },
  "x-sum-equals": "requests",
};
const schema9_propertyNames = { pattern: "^(?:[1-9]|[1-9][0-9])$" };
const schema10 = {
  type: "object",
  additionalProperties: { type: "integer", minimum: 0 },
  "x-sum-equals": "requests",
};
const schema11 = { type: "string", enum: ["false_positive", "false_negative"] };
const schema11_enum = ["false_positive", "false_negative"];
const formats0 = dateTime;
const schema7 = {
  type: "object",
  additionalProperties: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
  properties: {
    topASNs: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topCountries: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topHosts: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topIPs: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topJA3Hashes: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topJA4s: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topPaths: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
    topUserAgents: { $ref: "urn:cf-sdk:schema:AttributeCounts" },
  },
};
const schema8 = {
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["metric", "requests"],
    properties: { metric: { type: "string" }, requests: { type: "integer", minimum: 0 } },
  },
};

function validate12(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.metric === undefined || !func1.call(data0, "metric")) {
          const err0 = {
            instancePath: instancePath + "/" + i0,
            keyword: "required",
            params: { missingProperty: "metric" },
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.requests === undefined || !func1.call(data0, "requests")) {
          const err1 = {
            instancePath: instancePath + "/" + i0,
            keyword: "required",
            params: { missingProperty: "requests" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 of Object.keys(data0)) {
          if (!(key0 === "metric" || key0 === "requests")) {
            const err2 = {
              instancePath: instancePath + "/" + i0,
              keyword: "additionalProperties",
              params: { additionalProperty: key0 },
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.metric !== undefined && func1.call(data0, "metric")) {
          let data1 = data0.metric;
          if (typeof data1 !== "string") {
            const err3 = {
              instancePath: instancePath + "/" + i0 + "/metric",
              keyword: "type",
              params: { type: "string" },
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.requests !== undefined && func1.call(data0, "requests")) {
          let data2 = data0.requests;
          if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2))) {
            const err4 = {
              instancePath: instancePath + "/" + i0 + "/requests",
              keyword: "type",
              params: { type: "integer" },
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 < 0 || isNaN(data2)) {
              const err5 = {
                instancePath: instancePath + "/" + i0 + "/requests",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/" + i0,
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "array" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}

function validate11(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(
        key0 === "topASNs" ||
        key0 === "topCountries" ||
        key0 === "topHosts" ||
        key0 === "topIPs" ||
        key0 === "topJA3Hashes" ||
        key0 === "topJA4s" ||
        key0 === "topPaths" ||
        key0 === "topUserAgents"
      )) {
        if (
          !validate12(data[key0], {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data,
            parentDataProperty: key0,
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
          errors = vErrors.length;
        }
      }
    }
    if (data.topASNs !== undefined && func1.call(data, "topASNs")) {
      if (
        !validate12(data.topASNs, {
          instancePath: instancePath + "/topASNs",
          parentData: data,
          parentDataProperty: "topASNs",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topCountries !== undefined && func1.call(data, "topCountries")) {
      if (
        !validate12(data.topCountries, {
          instancePath: instancePath + "/topCountries",
          parentData: data,
          parentDataProperty: "topCountries",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topHosts !== undefined && func1.call(data, "topHosts")) {
      if (
        !validate12(data.topHosts, {
          instancePath: instancePath + "/topHosts",
          parentData: data,
          parentDataProperty: "topHosts",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topIPs !== undefined && func1.call(data, "topIPs")) {
      if (
        !validate12(data.topIPs, {
          instancePath: instancePath + "/topIPs",
          parentData: data,
          parentDataProperty: "topIPs",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topJA3Hashes !== undefined && func1.call(data, "topJA3Hashes")) {
      if (
        !validate12(data.topJA3Hashes, {
          instancePath: instancePath + "/topJA3Hashes",
          parentData: data,
          parentDataProperty: "topJA3Hashes",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topJA4s !== undefined && func1.call(data, "topJA4s")) {
      if (
        !validate12(data.topJA4s, {
          instancePath: instancePath + "/topJA4s",
          parentData: data,
          parentDataProperty: "topJA4s",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topPaths !== undefined && func1.call(data, "topPaths")) {
      if (
        !validate12(data.topPaths, {
          instancePath: instancePath + "/topPaths",
          parentData: data,
          parentDataProperty: "topPaths",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.topUserAgents !== undefined && func1.call(data, "topUserAgents")) {
      if (
        !validate12(data.topUserAgents, {
          instancePath: instancePath + "/topUserAgents",
          parentData: data,
          parentDataProperty: "topUserAgents",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}

const pattern0 = new RegExp("^(?:[1-9]|[1-9][0-9])$", "u");

function validate10(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.description === undefined || !func1.call(data, "description")) {
      const err0 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "description" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expression === undefined || !func1.call(data, "expression")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "expression" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.first_request_seen_at === undefined || !func1.call(data, "first_request_seen_at")) {
      const err2 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "first_request_seen_at" },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.last_request_seen_at === undefined || !func1.call(data, "last_request_seen_at")) {
      const err3 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "last_request_seen_at" },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.requests === undefined || !func1.call(data, "requests")) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "requests" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.requests_by_attribute === undefined || !func1.call(data, "requests_by_attribute")) {
      const err5 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "requests_by_attribute" },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.requests_by_score === undefined || !func1.call(data, "requests_by_score")) {
      const err6 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "requests_by_score" },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.requests_by_score_src === undefined || !func1.call(data, "requests_by_score_src")) {
      const err7 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "requests_by_score_src" },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.type === undefined || !func1.call(data, "type")) {
      const err8 = { instancePath, keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!func1.call(schema6_properties, key0)) {
        const err9 = {
          instancePath,
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined && func1.call(data, "created_at")) {
      let data0 = data.created_at;
      if (typeof data0 === "string") {
        if (!formats0.validate(data0)) {
          const err10 = {
            instancePath: instancePath + "/created_at",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/created_at",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.description !== undefined && func1.call(data, "description")) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err12 = {
          instancePath: instancePath + "/description",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.expression !== undefined && func1.call(data, "expression")) {
      let data2 = data.expression;
      if (typeof data2 !== "string") {
        const err13 = {
          instancePath: instancePath + "/expression",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.first_request_seen_at !== undefined && func1.call(data, "first_request_seen_at")) {
      let data3 = data.first_request_seen_at;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err14 = {
            instancePath: instancePath + "/first_request_seen_at",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/first_request_seen_at",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.last_request_seen_at !== undefined && func1.call(data, "last_request_seen_at")) {
      let data4 = data.last_request_seen_at;
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err16 = {
            instancePath: instancePath + "/last_request_seen_at",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/last_request_seen_at",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.requests !== undefined && func1.call(data, "requests")) {
      let data5 = data.requests;
      if (!(typeof data5 == "number" && !(data5 % 1) && !isNaN(data5))) {
        const err18 = {
          instancePath: instancePath + "/requests",
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data5 == "number") {
        if (data5 < 0 || isNaN(data5)) {
          const err19 = {
            instancePath: instancePath + "/requests",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.requests_by_attribute !== undefined && func1.call(data, "requests_by_attribute")) {
      if (
        !validate11(data.requests_by_attribute, {
          instancePath: instancePath + "/requests_by_attribute",
          parentData: data,
          parentDataProperty: "requests_by_attribute",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.requests_by_score !== undefined && func1.call(data, "requests_by_score")) {
      let data7 = data.requests_by_score;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 of Object.keys(data7)) {
          const _errs18 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err20 = {
                instancePath: instancePath + "/requests_by_score",
                keyword: "pattern",
                params: { pattern: "^(?:[1-9]|[1-9][0-9])$" },
                schema: "^(?:[1-9]|[1-9][0-9])$",
                parentSchema: schema9_propertyNames,
                data: key1,
                propertyName: key1,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid2 = _errs18 === errors;
          if (!valid2) {
            const err21 = {
              instancePath: instancePath + "/requests_by_score",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              schema: schema9_propertyNames,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key2 of Object.keys(data7)) {
          let data8 = data7[key2];
          if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8))) {
            const err22 = {
              instancePath:
                instancePath +
                "/requests_by_score/" +
                key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              keyword: "type",
              params: { type: "integer" },
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data8 == "number") {
            if (data8 < 0 || isNaN(data8)) {
              const err23 = {
                instancePath:
                  instancePath +
                  "/requests_by_score/" +
                  key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        let sum0 = 0;
        for (const key3 of Object.keys(data7)) {
          if (typeof data7[key3] == "number") {
            sum0 = sum0 + data7[key3];
          }
        }
        const expected0 = data && data["requests"];
        if (typeof expected0 == "number" && sum0 !== expected0) {
          const err24 = {
            instancePath: instancePath + "/requests_by_score",
            keyword: "x-sum-equals",
            params: { property: "requests", sum: sum0, expected: expected0 },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/requests_by_score",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.requests_by_score_src !== undefined && func1.call(data, "requests_by_score_src")) {
      let data9 = data.requests_by_score_src;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 of Object.keys(data9)) {
          let data10 = data9[key4];
          if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10))) {
            const err26 = {
              instancePath:
                instancePath +
                "/requests_by_score_src/" +
                key4.replace(/~/g, "~0").replace(/\//g, "~1"),
              keyword: "type",
              params: { type: "integer" },
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data10 == "number") {
            if (data10 < 0 || isNaN(data10)) {
              const err27 = {
                instancePath:
                  instancePath +
                  "/requests_by_score_src/" +
                  key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
        let sum1 = 0;
        for (const key5 of Object.keys(data9)) {
          if (typeof data9[key5] == "number") {
            sum1 = sum1 + data9[key5];
          }
        }
        const expected1 = data && data["requests"];
        if (typeof expected1 == "number" && sum1 !== expected1) {
          const err28 = {
            instancePath: instancePath + "/requests_by_score_src",
            keyword: "x-sum-equals",
            params: { property: "requests", sum: sum1, expected: expected1 },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/requests_by_score_src",
          keyword: "type",
          params: { type: "object" },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.type !== undefined && func1.call(data, "type")) {
      let data11 = data.type;
      if (typeof data11 !== "string") {
        const err30 = {
          instancePath: instancePath + "/type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (!(data11 === "false_positive" || data11 === "false_negative")) {
        const err31 = {
          instancePath: instancePath + "/type",
          keyword: "enum",
          params: { allowedValues: schema11_enum },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.subtype !== undefined && func1.call(data, "subtype")) {
      let data12 = data.subtype;
      if (typeof data12 !== "string") {
        const err32 = {
          instancePath: instancePath + "/subtype",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

export const validateSchema7_FeedbackType = validate23;

function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "false_positive" || data === "false_negative")) {
    const err1 = { instancePath, keyword: "enum", params: { allowedValues: schema11_enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}

export const validateSchema8_RequestsByAttribute = validate11;

export const validateSchema9_AttributeCounts = validate12;

export const validateSchema10_RequestsByScore = validate24;

function validate24(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern0.test(key0)) {
          const err0 = {
            instancePath,
            keyword: "pattern",
            params: { pattern: "^(?:[1-9]|[1-9][0-9])$" },
            schema: "^(?:[1-9]|[1-9][0-9])$",
            parentSchema: schema9_propertyNames,
            data: key0,
            propertyName: key0,
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err1 = {
          instancePath,
          keyword: "propertyNames",
          params: { propertyName: key0 },
          schema: schema9_propertyNames,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    for (const key1 of Object.keys(data)) {
      let data0 = data[key1];
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
        const err2 = {
          instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    let sum0 = 0;
    for (const key2 of Object.keys(data)) {
      if (typeof data[key2] == "number") {
        sum0 = sum0 + data[key2];
      }
    }
    const expected0 = parentData && parentData["requests"];
    if (typeof expected0 == "number" && sum0 !== expected0) {
      const err4 = {
        instancePath,
        keyword: "x-sum-equals",
        params: { property: "requests", sum: sum0, expected: expected0 },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}

export const validateSchema11_RequestsByScoreSrc = validate25;

function validate25(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      let data0 = data[key0];
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0))) {
        const err0 = {
          instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
          keyword: "type",
          params: { type: "integer" },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 < 0 || isNaN(data0)) {
          const err1 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
    let sum0 = 0;
    for (const key1 of Object.keys(data)) {
      if (typeof data[key1] == "number") {
        sum0 = sum0 + data[key1];
      }
    }
    const expected0 = parentData && parentData["requests"];
    if (typeof expected0 == "number" && sum0 !== expected0) {
      const err2 = {
        instancePath,
        keyword: "x-sum-equals",
        params: { property: "requests", sum: sum0, expected: expected0 },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}

export const validateSchema12_InsightClassificationUpdate = validate26;
const schema15 = {
  type: "object",
  additionalProperties: false,
  properties: {
    classification: {
      type: ["string", "null"],
      enum: ["false_positive", "accept_risk", "other", null],
    },
    rationale: { type: "string" },
  },
  if: {
    required: ["classification"],
    properties: { classification: { enum: ["accept_risk", "other"] } },
  },
  then: { required: ["rationale"] },
};
const schema15_if = {
  required: ["classification"],
  properties: { classification: { enum: ["accept_risk", "other"] } },
};
const schema15_properties_classification_type = ["string", "null"];
const schema15_properties_classification_enum = ["false_positive", "accept_risk", "other", null];

function validate26(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (
      (data.classification === undefined || !func1.call(data, "classification")) &&
      (missing0 = "classification")
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.classification !== undefined && func1.call(data, "classification")) {
        let data0 = data.classification;
        if (!(data0 === "accept_risk" || data0 === "other")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rationale === undefined || !func1.call(data, "rationale")) {
        const err2 = {
          instancePath,
          schemaPath: "#/then/required",
          keyword: "required",
          params: { missingProperty: "rationale" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      schema: schema15_if,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "classification" || key0 === "rationale")) {
        const err4 = {
          instancePath,
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.classification !== undefined && func1.call(data, "classification")) {
      let data1 = data.classification;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = {
          instancePath: instancePath + "/classification",
          keyword: "type",
          params: { type: schema15_properties_classification_type },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(
        data1 === "false_positive" ||
        data1 === "accept_risk" ||
        data1 === "other" ||
        data1 === null
      )) {
        const err6 = {
          instancePath: instancePath + "/classification",
          keyword: "enum",
          params: { allowedValues: schema15_properties_classification_enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rationale !== undefined && func1.call(data, "rationale")) {
      let data2 = data.rationale;
      if (typeof data2 !== "string") {
        const err7 = {
          instancePath: instancePath + "/rationale",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}

export const validateSchema13_MitigationAppealRequest = validate27;
const schema16 = {
  type: "object",
  additionalProperties: false,
  required: ["appeals"],
  properties: { appeals: { type: "array", items: { $ref: "urn:cf-sdk:schema:MitigationAppeal" } } },
};
const schema17 = {
  type: "object",
  additionalProperties: false,
  required: ["id", "reason"],
  properties: {
    id: { type: "string" },
    reason: { type: "string", enum: ["removed", "misclassified"] },
  },
};
const schema17_properties_reason_enum = ["removed", "misclassified"];

function validate28(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined || !func1.call(data, "id")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "id" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === undefined || !func1.call(data, "reason")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "reason" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "id" || key0 === "reason")) {
        const err2 = {
          instancePath,
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== undefined && func1.call(data, "id")) {
      let data0 = data.id;
      if (typeof data0 !== "string") {
        const err3 = {
          instancePath: instancePath + "/id",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.reason !== undefined && func1.call(data, "reason")) {
      let data1 = data.reason;
      if (typeof data1 !== "string") {
        const err4 = {
          instancePath: instancePath + "/reason",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === "removed" || data1 === "misclassified")) {
        const err5 = {
          instancePath: instancePath + "/reason",
          keyword: "enum",
          params: { allowedValues: schema17_properties_reason_enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}

function validate27(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.appeals === undefined || !func1.call(data, "appeals")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "appeals" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 of Object.keys(data)) {
      if (!(key0 === "appeals")) {
        const err1 = {
          instancePath,
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.appeals !== undefined && func1.call(data, "appeals")) {
      let data0 = data.appeals;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate28(data0[i0], {
              instancePath: instancePath + "/appeals/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath: instancePath + "/appeals",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}

export const validateSchema14_MitigationAppeal = validate28;

export const validateSchema15_MitigationReview = validate30;
const schema18 = {
  type: "object",
  required: ["id", "effective_date", "entity_id", "entity_type", "status", "type"],
  properties: {
    id: { type: "string" },
    effective_date: { type: "string", format: "date-time" },
    entity_id: { type: "string" },
    entity_type: { type: "string", enum: ["url_pattern", "account", "zone"] },
    status: { type: "string", enum: ["pending", "active", "in_review", "cancelled", "removed"] },
    type: {
      type: "string",
      enum: [
        "legal_block",
        "misleading_interstitial",
        "phishing_interstitial",
        "network_block",
        "rate_limit_cache",
        "account_suspend",
        "redirect_video_stream",
      ],
    },
  },
};
const schema18_properties_entity_type_enum = ["url_pattern", "account", "zone"];
const schema18_properties_status_enum = ["pending", "active", "in_review", "cancelled", "removed"];
const schema18_properties_type_enum = [
  "legal_block",
  "misleading_interstitial",
  "phishing_interstitial",
  "network_block",
  "rate_limit_cache",
  "account_suspend",
  "redirect_video_stream",
];

function validate30(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined || !func1.call(data, "id")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "id" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.effective_date === undefined || !func1.call(data, "effective_date")) {
      const err1 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "effective_date" },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.entity_id === undefined || !func1.call(data, "entity_id")) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "entity_id" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.entity_type === undefined || !func1.call(data, "entity_type")) {
      const err3 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "entity_type" },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === undefined || !func1.call(data, "status")) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "status" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.type === undefined || !func1.call(data, "type")) {
      const err5 = { instancePath, keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.id !== undefined && func1.call(data, "id")) {
      let data0 = data.id;
      if (typeof data0 !== "string") {
        const err6 = {
          instancePath: instancePath + "/id",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.effective_date !== undefined && func1.call(data, "effective_date")) {
      let data1 = data.effective_date;
      if (typeof data1 === "string") {
        if (!formats0.validate(data1)) {
          const err7 = {
            instancePath: instancePath + "/effective_date",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/effective_date",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.entity_id !== undefined && func1.call(data, "entity_id")) {
      let data2 = data.entity_id;
      if (typeof data2 !== "string") {
        const err9 = {
          instancePath: instancePath + "/entity_id",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.entity_type !== undefined && func1.call(data, "entity_type")) {
      let data3 = data.entity_type;
      if (typeof data3 !== "string") {
        const err10 = {
          instancePath: instancePath + "/entity_type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === "url_pattern" || data3 === "account" || data3 === "zone")) {
        const err11 = {
          instancePath: instancePath + "/entity_type",
          keyword: "enum",
          params: { allowedValues: schema18_properties_entity_type_enum },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.status !== undefined && func1.call(data, "status")) {
      let data4 = data.status;
      if (typeof data4 !== "string") {
        const err12 = {
          instancePath: instancePath + "/status",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(
        data4 === "pending" ||
        data4 === "active" ||
        data4 === "in_review" ||
        data4 === "cancelled" ||
        data4 === "removed"
      )) {
        const err13 = {
          instancePath: instancePath + "/status",
          keyword: "enum",
          params: { allowedValues: schema18_properties_status_enum },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.type !== undefined && func1.call(data, "type")) {
      let data5 = data.type;
      if (typeof data5 !== "string") {
        const err14 = {
          instancePath: instancePath + "/type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(
        data5 === "legal_block" ||
        data5 === "misleading_interstitial" ||
        data5 === "phishing_interstitial" ||
        data5 === "network_block" ||
        data5 === "rate_limit_cache" ||
        data5 === "account_suspend" ||
        data5 === "redirect_video_stream"
      )) {
        const err15 = {
          instancePath: instancePath + "/type",
          keyword: "enum",
          params: { allowedValues: schema18_properties_type_enum },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}

export const validateSchema16_MitigationReviewEnvelope = validate31;
const schema19 = {
  type: "object",
  required: ["errors", "messages", "success", "result", "result_info"],
  properties: {
    errors: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseMessage" } },
    messages: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseMessage" } },
    success: { const: true },
    result: { type: "array", items: { $ref: "urn:cf-sdk:schema:MitigationReview" } },
    result_info: { $ref: "urn:cf-sdk:schema:ResultInfo" },
  },
};

function validate31(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errors === undefined || !func1.call(data, "errors")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "errors" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.messages === undefined || !func1.call(data, "messages")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "messages" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success === undefined || !func1.call(data, "success")) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "success" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.result === undefined || !func1.call(data, "result")) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "result" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.result_info === undefined || !func1.call(data, "result_info")) {
      const err4 = {
        instancePath,
        keyword: "required",
        params: { missingProperty: "result_info" },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.errors !== undefined && func1.call(data, "errors")) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate2(data0[i0], {
              instancePath: instancePath + "/errors/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/errors",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.messages !== undefined && func1.call(data, "messages")) {
      let data2 = data.messages;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate2(data2[i1], {
              instancePath: instancePath + "/messages/" + i1,
              parentData: data2,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/messages",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.success !== undefined && func1.call(data, "success")) {
      let data4 = data.success;
      if (true !== data4) {
        const err7 = {
          instancePath: instancePath + "/success",
          keyword: "const",
          params: { allowedValue: true },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.result !== undefined && func1.call(data, "result")) {
      let data5 = data.result;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate30(data5[i2], {
              instancePath: instancePath + "/result/" + i2,
              parentData: data5,
              parentDataProperty: i2,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/result",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.result_info !== undefined && func1.call(data, "result_info")) {
      if (
        !validate9(data.result_info, {
          instancePath: instancePath + "/result_info",
          parentData: data,
          parentDataProperty: "result_info",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}

export const validateSchema17_Miscategorization = validate36;
const schema20 = {
  type: "object",
  additionalProperties: false,
  properties: {
    content_adds: { type: "array", items: { type: "number" } },
    content_removes: { type: "array", items: { type: "number" } },
    indicator_type: { type: "string", enum: ["domain", "ipv4", "ipv6", "url"] },
    ip: { type: ["string", "null"] },
    security_adds: { type: "array", items: { type: "number" } },
    security_removes: { type: "array", items: { type: "number" } },
    url: { type: "string" },
  },
  dependentRequired: { ip: ["indicator_type"], url: ["indicator_type"] },
  allOf: [
    {
      if: { required: ["ip"], properties: { ip: { type: "string" } } },
      then: { properties: { indicator_type: { enum: ["ipv4", "ipv6"] } } },
    },
    {
      if: { required: ["url"] },
      then: { properties: { indicator_type: { enum: ["domain", "url"] } } },
    },
    {
      if: { required: ["indicator_type"], properties: { indicator_type: { const: "ipv4" } } },
      then: { properties: { ip: { format: "ipv4" } } },
    },
    {
      if: { required: ["indicator_type"], properties: { indicator_type: { const: "ipv6" } } },
      then: { properties: { ip: { format: "ipv6" } } },
    },
  ],
};
const schema20_allOf_0_then_properties_indicator_type_enum = ["ipv4", "ipv6"];
const schema20_allOf_0_if = { required: ["ip"], properties: { ip: { type: "string" } } };
const schema20_allOf_1_then_properties_indicator_type_enum = ["domain", "url"];
const schema20_allOf_1_if = { required: ["url"] };
const schema20_allOf_2_if = {
  required: ["indicator_type"],
  properties: { indicator_type: { const: "ipv4" } },
};
const schema20_allOf_3_if = {
  required: ["indicator_type"],
  properties: { indicator_type: { const: "ipv6" } },
};
const schema20_properties_indicator_type_enum = ["domain", "ipv4", "ipv6", "url"];
const schema20_properties_ip_type = ["string", "null"];
const formats8 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const formats10 =
  /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;

function validate36(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if ((data.ip === undefined || !func1.call(data, "ip")) && (missing0 = "ip")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.ip !== undefined && func1.call(data, "ip")) {
        if (typeof data.ip !== "string") {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.indicator_type !== undefined && func1.call(data, "indicator_type")) {
        let data1 = data.indicator_type;
        if (!(data1 === "ipv4" || data1 === "ipv6")) {
          const err2 = {
            instancePath: instancePath + "/indicator_type",
            schemaPath: "#/allOf/0/then/properties/indicator_type/enum",
            keyword: "enum",
            params: { allowedValues: schema20_allOf_0_then_properties_indicator_type_enum },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs6 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = {
      instancePath,
      schemaPath: "#/allOf/0/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      schema: schema20_allOf_0_if,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs9 = errors;
  let valid4 = true;
  const _errs10 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if ((data.url === undefined || !func1.call(data, "url")) && (missing1 = "url")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid1 = _errs10 === errors;
  errors = _errs9;
  if (vErrors !== null) {
    if (_errs9) {
      vErrors.length = _errs9;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.indicator_type !== undefined && func1.call(data, "indicator_type")) {
        let data2 = data.indicator_type;
        if (!(data2 === "domain" || data2 === "url")) {
          const err5 = {
            instancePath: instancePath + "/indicator_type",
            schemaPath: "#/allOf/1/then/properties/indicator_type/enum",
            keyword: "enum",
            params: { allowedValues: schema20_allOf_1_then_properties_indicator_type_enum },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs11 === errors;
    valid4 = _valid1;
  }
  if (!valid4) {
    const err6 = {
      instancePath,
      schemaPath: "#/allOf/1/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      schema: schema20_allOf_1_if,
      data,
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  const _errs14 = errors;
  let valid6 = true;
  const _errs15 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (
      (data.indicator_type === undefined || !func1.call(data, "indicator_type")) &&
      (missing2 = "indicator_type")
    ) {
      const err7 = {};
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    } else {
      if (data.indicator_type !== undefined && func1.call(data, "indicator_type")) {
        if ("ipv4" !== data.indicator_type) {
          const err8 = {};
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs15 === errors;
  errors = _errs14;
  if (vErrors !== null) {
    if (_errs14) {
      vErrors.length = _errs14;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs17 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ip !== undefined && func1.call(data, "ip")) {
        let data4 = data.ip;
        if (typeof data4 === "string") {
          if (!formats8.test(data4)) {
            const err9 = {
              instancePath: instancePath + "/ip",
              schemaPath: "#/allOf/2/then/properties/ip/format",
              keyword: "format",
              params: { format: "ipv4" },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      }
    }
    var _valid2 = _errs17 === errors;
    valid6 = _valid2;
  }
  if (!valid6) {
    const err10 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      schema: schema20_allOf_2_if,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  const _errs20 = errors;
  let valid9 = true;
  const _errs21 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (
      (data.indicator_type === undefined || !func1.call(data, "indicator_type")) &&
      (missing3 = "indicator_type")
    ) {
      const err11 = {};
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    } else {
      if (data.indicator_type !== undefined && func1.call(data, "indicator_type")) {
        if ("ipv6" !== data.indicator_type) {
          const err12 = {};
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ip !== undefined && func1.call(data, "ip")) {
        let data6 = data.ip;
        if (typeof data6 === "string") {
          if (!formats10.test(data6)) {
            const err13 = {
              instancePath: instancePath + "/ip",
              schemaPath: "#/allOf/3/then/properties/ip/format",
              keyword: "format",
              params: { format: "ipv6" },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    var _valid3 = _errs23 === errors;
    valid9 = _valid3;
  }
  if (!valid9) {
    const err14 = {
      instancePath,
      schemaPath: "#/allOf/3/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      schema: schema20_allOf_3_if,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 of Object.keys(data)) {
      if (!(
        key0 === "content_adds" ||
        key0 === "content_removes" ||
        key0 === "indicator_type" ||
        key0 === "ip" ||
        key0 === "security_adds" ||
        key0 === "security_removes" ||
        key0 === "url"
      )) {
        const err15 = {
          instancePath,
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.content_adds !== undefined && func1.call(data, "content_adds")) {
      let data7 = data.content_adds;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (!(typeof data8 == "number")) {
            const err16 = {
              instancePath: instancePath + "/content_adds/" + i0,
              keyword: "type",
              params: { type: "number" },
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/content_adds",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.content_removes !== undefined && func1.call(data, "content_removes")) {
      let data9 = data.content_removes;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (!(typeof data10 == "number")) {
            const err18 = {
              instancePath: instancePath + "/content_removes/" + i1,
              keyword: "type",
              params: { type: "number" },
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/content_removes",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.indicator_type !== undefined && func1.call(data, "indicator_type")) {
      let data11 = data.indicator_type;
      if (typeof data11 !== "string") {
        const err20 = {
          instancePath: instancePath + "/indicator_type",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data11 === "domain" || data11 === "ipv4" || data11 === "ipv6" || data11 === "url")) {
        const err21 = {
          instancePath: instancePath + "/indicator_type",
          keyword: "enum",
          params: { allowedValues: schema20_properties_indicator_type_enum },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.ip !== undefined && func1.call(data, "ip")) {
      let data12 = data.ip;
      if (typeof data12 !== "string" && data12 !== null) {
        const err22 = {
          instancePath: instancePath + "/ip",
          keyword: "type",
          params: { type: schema20_properties_ip_type },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.security_adds !== undefined && func1.call(data, "security_adds")) {
      let data13 = data.security_adds;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (!(typeof data14 == "number")) {
            const err23 = {
              instancePath: instancePath + "/security_adds/" + i2,
              keyword: "type",
              params: { type: "number" },
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/security_adds",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.security_removes !== undefined && func1.call(data, "security_removes")) {
      let data15 = data.security_removes;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data16 = data15[i3];
          if (!(typeof data16 == "number")) {
            const err25 = {
              instancePath: instancePath + "/security_removes/" + i3,
              keyword: "type",
              params: { type: "number" },
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/security_removes",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.url !== undefined && func1.call(data, "url")) {
      let data17 = data.url;
      if (typeof data17 !== "string") {
        const err27 = {
          instancePath: instancePath + "/url",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.ip !== undefined && func1.call(data, "ip")) {
      if (data.indicator_type === undefined || !func1.call(data, "indicator_type")) {
        const err28 = {
          instancePath,
          keyword: "dependentRequired",
          params: {
            property: "ip",
            missingProperty: "indicator_type",
            depsCount: 1,
            deps: "indicator_type",
          },
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.url !== undefined && func1.call(data, "url")) {
      if (data.indicator_type === undefined || !func1.call(data, "indicator_type")) {
        const err29 = {
          instancePath,
          keyword: "dependentRequired",
          params: {
            property: "url",
            missingProperty: "indicator_type",
            depsCount: 1,
            deps: "indicator_type",
          },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}

export const validateSchema18_BotManagementConfig = validate37;
const schema21 = {
  type: "object",
  properties: {
    enable_js: { type: "boolean" },
    using_latest_model: { type: "boolean" },
    fight_mode: { type: "boolean" },
    sbfm_definitely_automated: { type: "string", enum: ["allow", "block", "managed_challenge"] },
    sbfm_likely_automated: { type: "string", enum: ["allow", "block", "managed_challenge"] },
    sbfm_verified_bots: { type: "string", enum: ["allow", "block"] },
    sbfm_static_resource_protection: { type: "boolean" },
    optimize_wordpress: { type: "boolean" },
    auto_update_model: { type: "boolean" },
    suppress_session_score: { type: "boolean" },
  },
};
const schema21_properties_sbfm_definitely_automated_enum = ["allow", "block", "managed_challenge"];
const schema21_properties_sbfm_likely_automated_enum = ["allow", "block", "managed_challenge"];
const schema21_properties_sbfm_verified_bots_enum = ["allow", "block"];

function validate37(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.enable_js !== undefined && func1.call(data, "enable_js")) {
      let data0 = data.enable_js;
      if (typeof data0 !== "boolean") {
        const err0 = {
          instancePath: instancePath + "/enable_js",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.using_latest_model !== undefined && func1.call(data, "using_latest_model")) {
      let data1 = data.using_latest_model;
      if (typeof data1 !== "boolean") {
        const err1 = {
          instancePath: instancePath + "/using_latest_model",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fight_mode !== undefined && func1.call(data, "fight_mode")) {
      let data2 = data.fight_mode;
      if (typeof data2 !== "boolean") {
        const err2 = {
          instancePath: instancePath + "/fight_mode",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (
      data.sbfm_definitely_automated !== undefined &&
      func1.call(data, "sbfm_definitely_automated")
    ) {
      let data3 = data.sbfm_definitely_automated;
      if (typeof data3 !== "string") {
        const err3 = {
          instancePath: instancePath + "/sbfm_definitely_automated",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data3 === "allow" || data3 === "block" || data3 === "managed_challenge")) {
        const err4 = {
          instancePath: instancePath + "/sbfm_definitely_automated",
          keyword: "enum",
          params: { allowedValues: schema21_properties_sbfm_definitely_automated_enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sbfm_likely_automated !== undefined && func1.call(data, "sbfm_likely_automated")) {
      let data4 = data.sbfm_likely_automated;
      if (typeof data4 !== "string") {
        const err5 = {
          instancePath: instancePath + "/sbfm_likely_automated",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data4 === "allow" || data4 === "block" || data4 === "managed_challenge")) {
        const err6 = {
          instancePath: instancePath + "/sbfm_likely_automated",
          keyword: "enum",
          params: { allowedValues: schema21_properties_sbfm_likely_automated_enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.sbfm_verified_bots !== undefined && func1.call(data, "sbfm_verified_bots")) {
      let data5 = data.sbfm_verified_bots;
      if (typeof data5 !== "string") {
        const err7 = {
          instancePath: instancePath + "/sbfm_verified_bots",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data5 === "allow" || data5 === "block")) {
        const err8 = {
          instancePath: instancePath + "/sbfm_verified_bots",
          keyword: "enum",
          params: { allowedValues: schema21_properties_sbfm_verified_bots_enum },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (
      data.sbfm_static_resource_protection !== undefined &&
      func1.call(data, "sbfm_static_resource_protection")
    ) {
      let data6 = data.sbfm_static_resource_protection;
      if (typeof data6 !== "boolean") {
        const err9 = {
          instancePath: instancePath + "/sbfm_static_resource_protection",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.optimize_wordpress !== undefined && func1.call(data, "optimize_wordpress")) {
      let data7 = data.optimize_wordpress;
      if (typeof data7 !== "boolean") {
        const err10 = {
          instancePath: instancePath + "/optimize_wordpress",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.auto_update_model !== undefined && func1.call(data, "auto_update_model")) {
      let data8 = data.auto_update_model;
      if (typeof data8 !== "boolean") {
        const err11 = {
          instancePath: instancePath + "/auto_update_model",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.suppress_session_score !== undefined && func1.call(data, "suppress_session_score")) {
      let data9 = data.suppress_session_score;
      if (typeof data9 !== "boolean") {
        const err12 = {
          instancePath: instancePath + "/suppress_session_score",
          keyword: "type",
          params: { type: "boolean" },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}

export const validateSchema19_BotManagementConfigEnvelope = validate38;
const schema22 = {
  type: "object",
  required: ["errors", "messages", "success", "result"],
  properties: {
    errors: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    messages: { type: "array", items: { $ref: "urn:cf-sdk:schema:ResponseInfo" } },
    success: { const: true },
    result: { $ref: "urn:cf-sdk:schema:BotManagementConfig" },
  },
};

function validate38(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.errors === undefined || !func1.call(data, "errors")) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "errors" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.messages === undefined || !func1.call(data, "messages")) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "messages" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success === undefined || !func1.call(data, "success")) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "success" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.result === undefined || !func1.call(data, "result")) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "result" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.errors !== undefined && func1.call(data, "errors")) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate1(data0[i0], {
              instancePath: instancePath + "/errors/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/errors",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.messages !== undefined && func1.call(data, "messages")) {
      let data2 = data.messages;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate1(data2[i1], {
              instancePath: instancePath + "/messages/" + i1,
              parentData: data2,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/messages",
          keyword: "type",
          params: { type: "array" },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.success !== undefined && func1.call(data, "success")) {
      let data4 = data.success;
      if (true !== data4) {
        const err6 = {
          instancePath: instancePath + "/success",
          keyword: "const",
          params: { allowedValue: true },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.result !== undefined && func1.call(data, "result")) {
      if (
        !validate37(data.result, {
          instancePath: instancePath + "/result",
          parentData: data,
          parentDataProperty: "result",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}

export const validateListBotFeedbackReportsResponse = validate42;
const schema23 = { type: "array", items: { $ref: "urn:cf-sdk:schema:BotFeedbackReport" } };

function validate42(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !validate10(data[i0], {
          instancePath: instancePath + "/" + i0,
          parentData: data,
          parentDataProperty: i0,
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, keyword: "type", params: { type: "array" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}

export const validateCreateBotFeedbackReportBody = validateSchema6_BotFeedbackReport;
export const validateGetBotManagementConfigResponse = validateSchema19_BotManagementConfigEnvelope;
export const validateUpdateBotManagementConfigBody = validateSchema18_BotManagementConfig;
export const validateUpdateBotManagementConfigResponse =
  validateSchema19_BotManagementConfigEnvelope;
export const validateUpdateInsightClassificationBody = validateSchema12_InsightClassificationUpdate;
export const validateUpdateInsightClassificationResponse = validateSchema3_SuccessEnvelope;
export const validateRequestMitigationReviewBody = validateSchema13_MitigationAppealRequest;
export const validateRequestMitigationReviewResponse = validateSchema16_MitigationReviewEnvelope;
export const validateCreateMiscategorizationBody = validateSchema17_Miscategorization;
export const validateCreateMiscategorizationResponse = validateSchema3_SuccessEnvelope;
