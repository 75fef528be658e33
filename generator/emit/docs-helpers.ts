/**
 * The docs templates' helpers: formatting only (a helper that decided something would mean the
 * view model lacks a field). Registered on the docs emitter's own Handlebars instance.
 */
import type { HelperDelegate } from "handlebars";

/** Inline code: backticks, more of them when the text holds one (CommonMark code spans). */
export function code(text: unknown): string {
  const value = String(text);
  if (value === "") return "";
  const fence = value.includes("`") ? "``" : "`";
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A table cell: one line, pipes escaped. */
export function cell(text: unknown): string {
  const value = String(text ?? "");
  // Most cells (Cloudflare's pages: some 200,000) hold neither: no regular expression to run.
  if (!value.includes("\n") && !value.includes("|")) return value.trim();
  return value
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

/**
 * A link destination: in angle brackets when it holds spaces or parentheses (Cloudflare's
 * operationIds do, and so the page names), which CommonMark otherwise reads as the link's end.
 */
export function href(target: unknown): string {
  const value = String(target);
  return /[\s()]/.test(value) ? `<${value.replace(/[<>]/g, encodeURIComponent)}>` : value;
}

/** `true` → "yes", anything else → "no" (the required column). */
export function yesNo(value: unknown): string {
  return value === true ? "yes" : "no";
}

/** The helpers, by the names the templates use. */
export const DOCS_HELPERS: Readonly<Record<string, HelperDelegate>> = { code, cell, href, yesNo };

/** Registers every helper on one Handlebars instance. */
export function registerDocsHelpers(handlebars: {
  registerHelper(name: string, helper: HelperDelegate): void;
}): void {
  for (const [name, helper] of Object.entries(DOCS_HELPERS))
    handlebars.registerHelper(name, helper);
}
