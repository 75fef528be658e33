/** Reading the generated Markdown docs back, for the docs tests. */
import { readdirSync, readFileSync } from "node:fs";

/** One fenced code block: its language and its text. */
export interface CodeBlock {
  readonly file: string;
  readonly lang: string;
  readonly code: string;
}

/** Every `.md` file of a generated package (its README and `docs/`), path → text. */
export function markdownFiles(packageDir: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set("README.md", readFileSync(`${packageDir}/README.md`, "utf8"));
  for (const name of readdirSync(`${packageDir}/docs`).sort()) {
    if (name.endsWith(".md"))
      files.set(`docs/${name}`, readFileSync(`${packageDir}/docs/${name}`, "utf8"));
  }
  return files;
}

/** The fenced code blocks of a Markdown text. */
export function codeBlocks(file: string, text: string): CodeBlock[] {
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    file,
    lang: match[1] ?? "",
    code: match[2] ?? "",
  }));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The anchors of a Markdown text's headings (outside code blocks), repeated ones numbered. */
export function anchors(text: string): Set<string> {
  const outside = text.replace(/^```[\s\S]*?^```$/gm, "");
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const match of outside.matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = headingSlug(match[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** The targets of a Markdown text's inline links (outside code blocks and code spans). */
export function linkTargets(text: string): string[] {
  const outside = text.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
  return [...outside.matchAll(/\]\((?:<([^>\n]+)>|([^)\s]+))\)/g)].map(
    (match) => match[1] ?? match[2]!,
  );
}
