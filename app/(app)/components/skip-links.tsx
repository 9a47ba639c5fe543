"use client";
import { usePathname } from "next/navigation";

const SKIP_LINK_CLASSES =
  "fixed top-2 left-2 z-50 -translate-y-20 print:hidden rounded-lg border border-line bg-surface px-4 py-2 text-sm font-medium text-ink shadow-lg focus:translate-y-0";

/** A war room, not the declare form beside it: /incidents/<id>. */
const WAR_ROOM_PATH = /^\/incidents\/(?!new$)[^/]+$/;

/**
 * The first stops of the keyboard, ahead of the menu. In a war room the checklist is the work, so
 * its link comes first: one Tab and Enter, and the next Tab is on the first step.
 */
export function SkipLinks() {
  const inWarRoom = WAR_ROOM_PATH.test(usePathname());
  return (
    <>
      {inWarRoom && (
        <a href="#checklist" className={SKIP_LINK_CLASSES}>
          Skip to checklist
        </a>
      )}
      <a href="#main" className={SKIP_LINK_CLASSES}>
        Skip to content
      </a>
    </>
  );
}
