// Generated from the OpenAPI spec by cf-sdk-generate. Do not edit: edit the spec and regenerate.

export interface paths {
  "/zones/{zone_id}/bot_management/feedback": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    /**
     * List feedback reports
     * @description Returns all feedback reports previously submitted for the specified zone. Feedback reports help improve detection by sharing samples of traffic that were misclassified as bots or humans. Available on Business and Enterprise plans. The response is a bare JSON array, not the Cloudflare envelope.
     */
    get: operations["listBotFeedbackReports"];
    put?: never;
    /**
     * Submit a feedback report
     * @description Submit a feedback report for the specified zone. Use type to indicate whether the report is a false positive (good traffic flagged as bot) or a false negative (bot traffic missed). Furthermore, you can also use expression as a wirefilter to identify the affected traffic sample.
     *
     *     See more accepted API fields and expression types at https://developers.cloudflare.com/bots/concepts/feedback-loop/#api-fields and https://developers.cloudflare.com/bots/concepts/feedback-loop/#expression-fields, respectively.
     *
     *     Feedback reports are available on Business and Enterprise plans.
     */
    post: operations["createBotFeedbackReport"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/zones/{zone_id}/bot_management": {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    /**
     * Get Zone Bot Management Config
     * @description Retrieve a zone's Bot Management Config.
     */
    get: operations["getBotManagementConfig"];
    /**
     * Update Zone Bot Management Config
     * @description Updates the Bot Management configuration for a zone.
     *
     *     This API is used to update:
     *     - Bot Fight Mode
     *     - Super Bot Fight Mode
     *     - Bot Management for Enterprise
     *
     *     See Bot Plans for more information on the different plans. If you recently upgraded or
     *     downgraded your plan, use the clean-up examples to remove old zone configurations based on
     *     your current plan. For BM Enterprise, it is strongly recommended that you ensure you have
     *     custom rules in place to protect your zone before disabling the SBFM rules: without these
     *     protections, your zone is vulnerable to attacks.
     */
    put: operations["updateBotManagementConfig"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/{accounts_or_zones}/{account_or_zone_id}/security-center/insights/{issue_id}/classification": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Updates Security Center Insight Classification
     * @description Updates the user classification for a Security Center insight. Valid values are 'false_positive' or 'accept_risk'. To reset, set classification to null. Cannot change directly between classification values - must reset to null first.
     */
    patch: operations["updateInsightClassification"];
    trace?: never;
  };
  "/accounts/{account_id}/abuse-reports/{report_id}/mitigations/appeal": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request review on mitigations
     * @description Request a review for mitigations on an account.
     */
    post: operations["requestMitigationReview"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/accounts/{account_id}/intel/miscategorization": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create Miscategorization
     * @description Allows you to submit requests to change a domain's category.
     */
    post: operations["createMiscategorization"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Identifier.
     * @example 023e105f4ecef8ad9ca31a8372d0c353
     */
    Identifier: string;
    /** @description One entry of the envelope's `errors` or `messages`. */
    ResponseInfo: {
      code: number;
      message: string;
      documentation_url?: string;
      source?: {
        pointer?: string;
      };
    };
    /** @description An `errors` or `messages` entry of the abuse-reports envelope: `message`, and when present a `code` of at least 1000. */
    ResponseMessage: {
      code?: number;
      message: string;
      documentation_url?: string;
      source?: {
        pointer?: string;
      };
    };
    /** @description Cloudflare's response envelope for a successful call with no `result`. */
    SuccessEnvelope: {
      errors: components["schemas"]["ResponseInfo"][];
      messages: components["schemas"]["ResponseInfo"][];
      /**
       * @description Whether the API call was successful.
       * @constant
       */
      success: true;
    };
    /** @description Cloudflare's response envelope for a failed call (any 4xx or 5xx): `success` is false and `errors` says why. */
    ErrorEnvelope: {
      errors: components["schemas"]["ResponseInfo"][];
      messages?: components["schemas"]["ResponseInfo"][];
      /**
       * @description Whether the API call was successful.
       * @constant
       */
      success: false;
      result?: null;
    };
    /** @description Pagination of a list result. */
    ResultInfo: {
      /** @description Number of items in this page. */
      count: number;
      /** @description The page number. */
      page: number;
      /** @description Items per page. */
      per_page: number;
      /** @description Number of items in all pages. */
      total_count: number;
      /** @description Number of pages. */
      total_pages: number;
    };
    /** @description A bot-management feedback report. The listing of reports returns the same fields plus the read-only `created_at`. */
    BotFeedbackReport: {
      /**
       * Format: date-time
       * @description When the report was submitted. Set by Cloudflare; never sent.
       */
      readonly created_at?: string;
      /** @description What was misclassified, in your words. */
      description: string;
      /** @description Wirefilter expression describing the traffic being reported. */
      expression: string;
      /**
       * Format: date-time
       * @description When the first request of the sample was seen (RFC 3339).
       */
      first_request_seen_at: string;
      /**
       * Format: date-time
       * @description When the last request of the sample was seen (RFC 3339).
       */
      last_request_seen_at: string;
      /**
       * Format: int64
       * @description Number of requests in the traffic sample.
       */
      requests: number;
      requests_by_attribute: components["schemas"]["RequestsByAttribute"];
      requests_by_score: components["schemas"]["RequestsByScore"];
      requests_by_score_src: components["schemas"]["RequestsByScoreSrc"];
      type: components["schemas"]["FeedbackType"];
      /** @description Optional subtype of the report. */
      subtype?: string;
    };
    /**
     * @description Type of feedback report: `false_positive` (good traffic flagged as bot) or `false_negative` (bot traffic missed).
     * @enum {string}
     */
    FeedbackType: "false_positive" | "false_negative";
    /** @description Top attributes contributing to the feedback sample. Keys include topASNs, topCountries, topHosts, topIPs, topJA3Hashes, topJA4s, topPaths, topUserAgents; any other attribute may be given too. Every value lists request counts by the attribute's top values. */
    RequestsByAttribute: {
      topASNs?: components["schemas"]["AttributeCounts"];
      topCountries?: components["schemas"]["AttributeCounts"];
      topHosts?: components["schemas"]["AttributeCounts"];
      topIPs?: components["schemas"]["AttributeCounts"];
      topJA3Hashes?: components["schemas"]["AttributeCounts"];
      topJA4s?: components["schemas"]["AttributeCounts"];
      topPaths?: components["schemas"]["AttributeCounts"];
      topUserAgents?: components["schemas"]["AttributeCounts"];
    } & {
      [key: string]: components["schemas"]["AttributeCounts"];
    };
    /** @description Request counts of the top values of one attribute. */
    AttributeCounts: {
      /** @description The attribute's value, e.g. an IP address or a JA3 hash. */
      metric: string;
      /**
       * Format: int64
       * @description Requests with this value.
       */
      requests: number;
    }[];
    /** @description Map of bot scores (1-99) to request counts. Sum must equal requests. Keys are the scores 1 to 99 written as decimal strings. */
    RequestsByScore: {
      [key: string]: number;
    };
    /** @description Map of score source (e.g. `heuristics`, `ml`) to request counts. Sum must equal requests. */
    RequestsByScoreSrc: {
      [key: string]: number;
    };
    /** @description The new user classification of an insight. `rationale` is required when `classification` is `accept_risk` or `other`; `null` resets the classification, and the server refuses a direct change from one value to another. */
    InsightClassificationUpdate: {
      /**
       * @description User-defined classification for the insight. Can be 'false_positive', 'accept_risk', 'other', or null.
       * @enum {string|null}
       */
      classification?: "false_positive" | "accept_risk" | "other" | null;
      /** @description Rationale for the classification change. Required when classification is 'accept_risk' or 'other'. */
      rationale?: string;
    };
    /** @description The mitigations to appeal. */
    MitigationAppealRequest: {
      /** @description List of mitigations to appeal. */
      appeals: components["schemas"]["MitigationAppeal"][];
    };
    /** @description One mitigation to appeal, and why. */
    MitigationAppeal: {
      /** @description ID of the mitigation to appeal. */
      id: string;
      /**
       * @description Reason why the customer is appealing.
       * @enum {string}
       */
      reason: "removed" | "misclassified";
    };
    /** @description A mitigation under review. */
    MitigationReview: {
      /** @description ID of remediation. */
      id: string;
      /**
       * Format: date-time
       * @description Date when the mitigation will become active. Time in RFC 3339 format (https://www.rfc-editor.org/rfc/rfc3339.html)
       */
      effective_date: string;
      /** @description The ID of the entity the mitigation applies to. */
      entity_id: string;
      /**
       * @description The kind of entity the mitigation applies to.
       * @enum {string}
       */
      entity_type: "url_pattern" | "account" | "zone";
      /**
       * @description The status of a mitigation
       * @enum {string}
       */
      status: "pending" | "active" | "in_review" | "cancelled" | "removed";
      /**
       * @description The type of mitigation
       * @enum {string}
       */
      type:
        | "legal_block"
        | "misleading_interstitial"
        | "phishing_interstitial"
        | "network_block"
        | "rate_limit_cache"
        | "account_suspend"
        | "redirect_video_stream";
    };
    /** @description One page of mitigations under review, in Cloudflare's envelope. */
    MitigationReviewEnvelope: {
      errors: components["schemas"]["ResponseMessage"][];
      messages: components["schemas"]["ResponseMessage"][];
      /**
       * @description Whether the API call was successful.
       * @constant
       */
      success: true;
      result: components["schemas"]["MitigationReview"][];
      result_info: components["schemas"]["ResultInfo"];
    };
    /** @description A request to change the category of a domain, IP or URL. `ip` may be given only when `indicator_type` is `ipv4` or `ipv6`, and must then be an address of that version; `url` only when it is `domain` or `url`. Either needs `indicator_type`. */
    Miscategorization: {
      /** @description Content category IDs to add. */
      content_adds?: number[];
      /** @description Content category IDs to remove. */
      content_removes?: number[];
      /**
       * @description What kind of indicator is re-categorised.
       * @enum {string}
       */
      indicator_type?: "domain" | "ipv4" | "ipv6" | "url";
      /** @description Provide only if indicator_type is ipv4 or ipv6. May be null. */
      ip?: string | null;
      /** @description Security category IDs to add. */
      security_adds?: number[];
      /** @description Security category IDs to remove. */
      security_removes?: number[];
      /** @description Provide only if indicator_type is domain or url. Example if indicator_type is domain: example.com. Example if indicator_type is url: https://example.com/news/. */
      url?: string;
    } & (unknown & unknown & unknown & unknown);
    /** @description A zone's Bot Management config. Which fields apply depends on the zone's plan: Bot Fight Mode (`fight_mode`), Super Bot Fight Mode Pro and Biz (`sbfm_*`, `optimize_wordpress`), and Bot Management for Enterprise (`auto_update_model`, `suppress_session_score`). Every field is optional. */
    BotManagementConfig: {
      /** @description Use lightweight, invisible JavaScript detections to improve Bot Management. */
      enable_js?: boolean;
      /** @description Whether the zone currently is running the latest ML model. Read-only. */
      readonly using_latest_model?: boolean;
      /** @description Whether to enable Bot Fight Mode. */
      fight_mode?: boolean;
      /**
       * @description Super Bot Fight Mode (SBFM) action to take on definitely automated requests.
       * @enum {string}
       */
      sbfm_definitely_automated?: "allow" | "block" | "managed_challenge";
      /**
       * @description Super Bot Fight Mode (SBFM) action to take on likely automated requests.
       * @enum {string}
       */
      sbfm_likely_automated?: "allow" | "block" | "managed_challenge";
      /**
       * @description Super Bot Fight Mode (SBFM) action to take on verified bots requests.
       * @enum {string}
       */
      sbfm_verified_bots?: "allow" | "block";
      /** @description Super Bot Fight Mode (SBFM) to enable static resource protection. Enable if static resources on your application need bot protection. Note: static resource protection can also result in legitimate traffic being blocked. */
      sbfm_static_resource_protection?: boolean;
      /** @description Whether to optimize Super Bot Fight Mode protections for Wordpress. */
      optimize_wordpress?: boolean;
      /** @description Automatically update to the newest bot detection models created by Cloudflare as they are released. */
      auto_update_model?: boolean;
      /**
       * @description Whether to disable tracking the highest bot score for a session in the Bot Management cookie.
       * @default false
       */
      suppress_session_score?: boolean;
    };
    /** @description A zone's Bot Management config in Cloudflare's envelope. */
    BotManagementConfigEnvelope: {
      errors: components["schemas"]["ResponseInfo"][];
      messages: components["schemas"]["ResponseInfo"][];
      /**
       * @description Whether the API call was successful.
       * @constant
       */
      success: true;
      result: components["schemas"]["BotManagementConfig"];
    };
  };
  responses: {
    /** @description The call failed: Cloudflare's error envelope, with `success: false` and the reasons in `errors`. */
    Failure: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The zone's Bot Management config. */
    BotManagementConfig: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["BotManagementConfigEnvelope"];
      };
    };
  };
  parameters: {
    /** @description Identifier. */
    ZoneId: components["schemas"]["Identifier"];
    /** @description Identifier of the Cloudflare account. */
    AccountId: components["schemas"]["Identifier"];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listBotFeedbackReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The zone's feedback reports. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BotFeedbackReport"][];
        };
      };
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  createBotFeedbackReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BotFeedbackReport"];
      };
    };
    responses: {
      /** @description The report was filed. The response has no body. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  getBotManagementConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: components["responses"]["BotManagementConfig"];
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  updateBotManagementConfig: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier. */
        zone_id: components["parameters"]["ZoneId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["BotManagementConfig"];
      };
    };
    responses: {
      200: components["responses"]["BotManagementConfig"];
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  updateInsightClassification: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Whether `account_or_zone_id` is an account (`accounts`) or a zone (`zones`). */
        accounts_or_zones: "accounts" | "zones";
        /** @description The Account ID or the Zone ID to use for this endpoint: an `account_id` when `accounts_or_zones` is `accounts`, a `zone_id` when it is `zones`. The two are mutually exclusive. */
        account_or_zone_id: string;
        /** @description The insight's issue ID. */
        issue_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["InsightClassificationUpdate"];
      };
    };
    responses: {
      /** @description The classification was updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessEnvelope"];
        };
      };
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  requestMitigationReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier of the Cloudflare account. */
        account_id: components["parameters"]["AccountId"];
        /** @description The abuse report's ID. */
        report_id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MitigationAppealRequest"];
      };
    };
    responses: {
      /** @description The mitigations under review, one page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MitigationReviewEnvelope"];
        };
      };
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
  createMiscategorization: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Identifier of the Cloudflare account. */
        account_id: components["parameters"]["AccountId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["Miscategorization"];
      };
    };
    responses: {
      /** @description The request was filed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SuccessEnvelope"];
        };
      };
      "4XX": components["responses"]["Failure"];
      "5XX": components["responses"]["Failure"];
    };
  };
}
