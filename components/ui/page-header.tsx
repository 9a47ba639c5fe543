import type { ReactNode } from "react";

type PageHeaderProps = {
  title: string;
  /** A short line above the title, such as the kind of thing the page shows. */
  eyebrow?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** A small line under the description, such as when the page's items last changed. */
  footnote?: ReactNode;
};

export function PageHeader({ title, eyebrow, description, actions, footnote }: PageHeaderProps) {
  return (
    <header className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        {eyebrow && <div className="mb-2 text-sm text-ink-muted">{eyebrow}</div>}
        <h1 className="text-2xl font-semibold tracking-tight text-balance text-ink sm:text-3xl">{title}</h1>
        {description && <div className="mt-2 max-w-2xl text-ink-muted">{description}</div>}
        {footnote && <div className="mt-2 text-sm text-ink-muted">{footnote}</div>}
      </div>
      {actions && <div className="shrink-0">{actions}</div>}
    </header>
  );
}
