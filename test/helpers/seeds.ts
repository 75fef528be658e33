/** Payloads from the seed pages, as fresh copies (tests mutate them). */

/** Seed 000's feedback report example. */
export function seedFeedbackReport() {
  return {
    description: "Automated scraping missed by detections",
    expression:
      "http.host eq 'www.example.com' and http.request.uri.path starts_with '/products' and cf.bot_management.score gt 25",
    first_request_seen_at: "2025-09-29T00:00:00Z",
    last_request_seen_at: "2025-09-29T06:00:00Z",
    requests: 2000,
    requests_by_attribute: {
      topIPs: [{ metric: "203.0.113.55", requests: 400 }],
      topJA3Hashes: [{ metric: "ab12cd34ef56...", requests: 900 }],
    },
    requests_by_score: { "30": 800, "40": 700, "50": 500 },
    requests_by_score_src: { heuristics: 200, ml: 1800 },
    type: "false_negative" as const,
  };
}
