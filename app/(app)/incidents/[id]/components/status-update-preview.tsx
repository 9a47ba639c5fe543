import { formatCount } from "@/lib/format";
import type { Audience } from "@/lib/generated/prisma/enums";

type StatusUpdatePreviewProps = { audience: Audience; subject: string; body: string; recipients: number };

function whereItGoes(audience: Audience, recipients: number): string {
  const emailed = recipients > 0 ? `, and e-mailed to ${formatCount(recipients, "subscriber")}` : "";
  if (audience === "public") return `On the public status page${emailed}.`;
  if (audience === "stakeholders") return `To stakeholders, on the status board${emailed}.`;
  return "In the war room and on the status board.";
}

/** The update as its audience will read it, as text. */
export function StatusUpdatePreview({ audience, subject, body, recipients }: StatusUpdatePreviewProps) {
  return (
    <figure aria-label="Preview" className="rounded-lg border border-line-strong bg-canvas px-4 py-3">
      <figcaption className="mb-2 text-xs font-medium text-ink-muted uppercase">Preview · {whereItGoes(audience, recipients)}</figcaption>
      {subject && <p className="font-semibold text-ink [overflow-wrap:anywhere]">{subject}</p>}
      <p className="mt-1 text-sm whitespace-pre-wrap text-ink [overflow-wrap:anywhere]">{body || "(no text yet)"}</p>
    </figure>
  );
}
