import type { ReactNode } from "react";

type SectionProps = {
  /** Anchor for links to this part of the page; also ties the heading to the landmark. */
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
};

export function Section({ id, title, description, children }: SectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-20">
      <div className="mb-4">
        <h2 id={headingId} className="text-lg font-semibold text-ink">
          {title}
        </h2>
        {description && <div className="mt-1 max-w-3xl text-sm text-ink-muted">{description}</div>}
      </div>
      {children}
    </section>
  );
}
