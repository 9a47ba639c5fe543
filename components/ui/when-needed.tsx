"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

// Past this a page has started: whatever was held back comes, for a reader who has not touched it.
const SETTLED_MS = 4_000;

type WhenNeededProps = {
  children: ReactNode;
  /** The space the children will take, kept meanwhile so nothing below them moves. */
  keep: string;
};

/**
 * Renders its children once they may be needed: when the space kept for them comes within a
 * screen of view, at the reader's first key or touch, or once the page has settled. For a form a
 * phone shows well below its first screen, so that its script runs while the reader reads rather
 * than while the page is starting.
 */
export function WhenNeeded({ children, keep }: WhenNeededProps) {
  const [needed, setNeeded] = useState(false);
  const kept = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (needed) return;
    const need = () => setNeeded(true);
    const near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && need(), { rootMargin: "100% 0px" });
    if (kept.current) near.observe(kept.current);
    const settled = setTimeout(need, SETTLED_MS);
    const intents = ["pointerdown", "keydown"] as const;
    for (const intent of intents) document.addEventListener(intent, need, { once: true, passive: true });
    return () => {
      near.disconnect();
      clearTimeout(settled);
      for (const intent of intents) document.removeEventListener(intent, need);
    };
  }, [needed]);
  if (needed) return children;
  return <div ref={kept} aria-hidden className={keep} />;
}
