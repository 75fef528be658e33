/** The corpus documents (see ../shared/corpus/SOURCES.md) and what the generator does with each. */
import { resolve } from "node:path";
import { ROOT } from "../helpers/paths.js";

/** `../shared/corpus` beside the repository, or `CF_SDK_CORPUS`. */
export const CORPUS: string = resolve(process.env["CF_SDK_CORPUS"] ?? `${ROOT}/../shared/corpus`);

export interface CorpusSpec {
  /** Path inside the corpus folder (the root document of a multi-file spec). */
  readonly file: string;
  /** A short name for folders and tables. */
  readonly name: string;
  /** For a spec the generator refuses: a text its first error must contain. */
  readonly refused?: string;
}

const spec = (file: string, refused?: string): CorpusSpec => ({
  file,
  name: file.replace(/\/.*$/, "").replace(/\.(json|ya?ml)$/, ""),
  ...(refused === undefined ? {} : { refused }),
});

/** Smallest first, as SOURCES.md lists them. */
export const CORPUS_SPECS: readonly CorpusSpec[] = [
  spec("oai-webhook-example.yaml"),
  spec("oai-petstore.yaml"),
  spec("oai-petstore-expanded.yaml"),
  spec("oai-uspto.yaml"),
  spec("redocly-museum.yaml"),
  spec("train-travel/openapi.yaml"),
  spec("box-v2025.json"),
  spec("twitter.json"),
  spec("zoom-video-sdk.json"),
  spec("opencode.yaml"),
  spec("clerk.yaml"),
  spec("discord.json"),
  spec("adyen-checkout-v71.json"),
  spec("xero-accounting.yaml"),
  spec("box.json"),
  spec("twilio-api-v2010.json"),
  spec("pagerduty.json"),
  spec("stripe-2022-04.json"),
  // `$recursiveRef`/`$recursiveAnchor` (2019-09 recursion), not part of OpenAPI 3.1's dialect,
  // and `exclusiveMinimum: true` in a 3.1 document: refused, each located.
  spec("openai.yaml", "$recursiveAnchor"),
  spec("digitalocean/DigitalOcean-public.v2.yaml"),
  spec("cloudflare-2024-08.json"),
];
