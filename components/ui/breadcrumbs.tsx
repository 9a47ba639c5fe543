import Link from "next/link";
import { Fragment, type ReactNode } from "react";

type Crumb = { label: ReactNode; href?: string };

/** Where a page sits: links back up the way, the page itself last. */
export function Breadcrumbs({ trail, className = "" }: { trail: Crumb[]; className?: string }) {
  return (
    <p className={`text-sm text-ink-muted ${className}`}>
      {trail.map((crumb, index) => (
        <Fragment key={index}>
          {index > 0 && <span aria-hidden="true"> / </span>}
          {crumb.href ? (
            <Link href={crumb.href} className="text-accent hover:underline">
              {crumb.label}
            </Link>
          ) : (
            crumb.label
          )}
        </Fragment>
      ))}
    </p>
  );
}
