// A Markdown document as the plan's blocks, each with the line it starts on: headings, tables,
// list items (with their indent, so a step's bullets and script stay with the step), code blocks
// and paragraphs. Enough Markdown for a plan written in the structure of the original, read both
// to import a plan and to show Muster's own document on the page.
export type Attributes = Record<string, unknown>;

export type Block =
  | { type: "heading"; line: number; level: number; text: string; attributes: Attributes | null }
  | { type: "table"; line: number; header: string[]; rows: { line: number; cells: string[]; attributes: Attributes | null }[] }
  | { type: "item"; line: number; ordered: boolean; indent: number; text: string; attributes: Attributes | null }
  | { type: "code"; line: number; indent: number; language: string; body: string; endLine: number }
  | { type: "paragraph"; line: number; text: string; attributes: Attributes | null }
  | { type: "rule"; line: number };

const ATTRIBUTES = /\s*<!--\s*(\{.*?\})\s*-->/;

/** The text without its hidden attributes, and the attributes (null when there are none or they do not read). */
export function splitAttributes(text: string): { text: string; attributes: Attributes | null } {
  const match = ATTRIBUTES.exec(text);
  if (!match) return { text: text.trim(), attributes: null };
  let attributes: Attributes | null = null;
  try {
    const parsed: unknown = JSON.parse(match[1]);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) attributes = parsed as Attributes;
  } catch {
    attributes = null;
  }
  return { text: text.replace(match[0], "").trim(), attributes };
}

/** Cells of a table row, split on the bars Markdown did not escape. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function readBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const line = index + 1;
    const indent = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(trimmed);
    if (fence) {
      const body: string[] = [];
      let end = index + 1;
      // The body keeps its own indentation beyond the fence's.
      for (; end < lines.length && lines[end].trim() !== fence[1]; end++) body.push(lines[end].slice(Math.min(indent, lines[end].length - lines[end].trimStart().length)));
      blocks.push({ type: "code", line, indent, language: fence[2], body: body.join("\n"), endLine: Math.min(end, lines.length - 1) + 1 });
      index = end;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed);
    if (heading && indent < 4) {
      blocks.push({ type: "heading", line, level: heading[1].length, ...splitAttributes(heading[2]) });
      continue;
    }
    if (trimmed.startsWith("|") && index + 1 < lines.length && SEPARATOR_ROW.test(lines[index + 1].trim())) {
      const header = cells(trimmed).map((cell) => splitAttributes(cell).text);
      const rows: { line: number; cells: string[]; attributes: Attributes | null }[] = [];
      let next = index + 2;
      for (; next < lines.length && lines[next].trim().startsWith("|"); next++) {
        let attributes: Attributes | null = null;
        const rowCells = cells(lines[next]).map((cell) => {
          const split = splitAttributes(cell);
          attributes = split.attributes ? { ...(attributes ?? {}), ...split.attributes } : attributes;
          return split.text;
        });
        rows.push({ line: next + 1, cells: rowCells, attributes });
      }
      blocks.push({ type: "table", line, header, rows });
      index = next - 1;
      continue;
    }
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(trimmed);
    if (item) {
      blocks.push({ type: "item", line, ordered: /\d/.test(item[1]), indent, ...splitAttributes(item[2]) });
      continue;
    }
    if (/^(-{3,}|\*{3,}|_{3,})$/.test(trimmed)) {
      blocks.push({ type: "rule", line });
      continue;
    }
    blocks.push({ type: "paragraph", line, ...splitAttributes(trimmed) });
  }
  return blocks;
}

/** Inline Markdown as plain text: no emphasis or code marks, escapes undone. */
export function plainText(inline: string): string {
  return inline
    .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, "$1")
    .replace(/(?<!\\)__(.+?)(?<!\\)__/g, "$1")
    .replace(/(?<!\\)`([^`]*)`/g, "$1")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .trim();
}
