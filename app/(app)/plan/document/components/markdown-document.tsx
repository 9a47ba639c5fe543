// Muster's Markdown of the plan shown as the document it is: the same blocks the download holds
// (lib/plan/document/blocks.ts), as headings, tables, lists and scripts. A chapter of the plan is
// a section that starts a new printed page; tables stack into labelled cards on a phone.
import type { ReactNode } from "react";
import { type Block, readBlocks } from "@/lib/plan/document/blocks";
import { slug } from "@/lib/plan/document/parse-markdown";

type ListBlock = Extract<Block, { type: "item" | "code" }>;

/** Bold, code and escaped characters of one line of Markdown. */
function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let plain = "";
  let bold: ReactNode[] | null = null;
  const push = (node: ReactNode) => (bold ? bold.push(node) : nodes.push(node));
  const flush = () => {
    if (plain) push(plain);
    plain = "";
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "\\" && /[!-/:-@[-`{-~]/.test(text[index + 1] ?? "")) {
      plain += text[++index];
    } else if (char === "`" && text.indexOf("`", index + 1) > index) {
      flush();
      const end = text.indexOf("`", index + 1);
      push(
        <code key={`code-${index}`} className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.85em] [overflow-wrap:anywhere]">
          {text.slice(index + 1, end)}
        </code>,
      );
      index = end;
    } else if (char === "*" && text[index + 1] === "*") {
      flush();
      if (bold) {
        nodes.push(
          <strong key={`strong-${index}`} className="font-semibold text-ink">
            {bold}
          </strong>,
        );
        bold = null;
      } else bold = [];
      index++;
    } else plain += char;
  }
  flush();
  if (bold) nodes.push("**", ...bold);
  return nodes;
}

function Code({ block }: { block: Extract<Block, { type: "code" }> }) {
  return (
    <pre className="my-2 rounded-lg border border-line bg-surface-muted px-3 py-2 font-mono text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">
      <code>{block.body}</code>
    </pre>
  );
}

/** Items and the deeper blocks under each, as nested lists. */
function List({ blocks }: { blocks: ListBlock[] }) {
  const base = blocks[0].indent;
  const groups: { head: ListBlock; children: ListBlock[] }[] = [];
  for (const block of blocks) {
    const group = groups.at(-1);
    if (group && block.indent > base) group.children.push(block);
    else groups.push({ head: block, children: [] });
  }
  const items = groups.filter((group) => group.head.type === "item");
  const ordered = items[0]?.head.type === "item" && items[0].head.ordered;
  const Tag = ordered ? "ol" : "ul";
  return (
    <Tag className={`my-2 space-y-1.5 pl-6 ${ordered ? "list-decimal" : "list-disc"} marker:text-ink-muted`}>
      {groups.map(({ head, children }) =>
        head.type === "code" ? (
          <li key={head.line} className="list-none">
            <Code block={head} />
          </li>
        ) : (
          <li key={head.line}>
            {inline(head.text)}
            {children.length > 0 && <List blocks={children} />}
          </li>
        ),
      )}
    </Tag>
  );
}

function Table({ block }: { block: Extract<Block, { type: "table" }> }) {
  // A card on a phone is headed by what the row is about (the service, not its priority number).
  const numbers = (index: number) => block.rows.every((row) => /^\d+$/.test(row.cells[index] ?? ""));
  const titleIndex = Math.max(0, block.header.findIndex((_, index) => !numbers(index)));
  return (
    <div className="my-3 overflow-hidden rounded-xl border border-line bg-surface">
      <table className="stacked-table">
        <thead>
          <tr>
            {block.header.map((cell, index) => (
              <th key={index} scope="col">
                {inline(cell)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row) => (
            <tr key={row.line}>
              {row.cells.map((cell, index) => (
                <td key={index} data-label={block.header[index]} data-card-title={index === titleIndex || undefined} className="text-ink">
                  {inline(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const HEADING_CLASSES = {
  3: "mt-8 mb-2 text-base font-semibold text-ink",
  4: "mt-5 mb-1.5 text-sm font-semibold text-ink",
} as const;

function Blocks({ blocks }: { blocks: Block[] }) {
  const rendered: ReactNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (block.type === "item" || block.type === "code") {
      const run: ListBlock[] = [];
      for (; index < blocks.length; index++) {
        const next = blocks[index];
        if (next.type !== "item" && next.type !== "code") break;
        run.push(next);
      }
      index--;
      rendered.push(run[0].type === "code" && run.length === 1 ? <Code key={block.line} block={run[0]} /> : <List key={block.line} blocks={run} />);
    } else if (block.type === "heading") {
      const level = Math.min(4, Math.max(3, block.level)) as 3 | 4;
      const Tag = `h${level}` as const;
      rendered.push(
        <Tag key={block.line} id={`${slug(block.text)}-${block.line}`} className={HEADING_CLASSES[level]}>
          {inline(block.text)}
        </Tag>,
      );
    } else if (block.type === "table") rendered.push(<Table key={block.line} block={block} />);
    else if (block.type === "paragraph")
      rendered.push(
        <p key={block.line} className="mt-3 mb-1 text-ink">
          {inline(block.text)}
        </p>,
      );
  }
  return <>{rendered}</>;
}

/** The plan's chapters, each a section under its own heading; the title is the page's. */
export function MarkdownDocument({ markdown }: { markdown: string }) {
  const chapters: { heading: Extract<Block, { type: "heading" }>; blocks: Block[] }[] = [];
  for (const block of readBlocks(markdown)) {
    if (block.type === "heading" && block.level === 1) continue;
    if (block.type === "heading" && block.level === 2) chapters.push({ heading: block, blocks: [] });
    else chapters.at(-1)?.blocks.push(block);
  }
  return (
    <div className="space-y-12 text-sm leading-relaxed">
      {chapters.map(({ heading, blocks }, index) => {
        const id = `${slug(heading.text)}-${heading.line}`;
        return (
          <section key={heading.line} aria-labelledby={id} className={`scroll-mt-20 ${index > 0 ? "print:break-before-page" : ""}`}>
            <h2 id={id} className="border-b border-line pb-2 text-lg font-semibold text-ink">
              {inline(heading.text)}
            </h2>
            <Blocks blocks={blocks} />
          </section>
        );
      })}
    </div>
  );
}
