"use client";
import { useLayoutEffect, useRef } from "react";

/** Below this the type is no longer read from across a room; the allotment keeps boards above it. */
const SMALLEST_ZOOM = 0.6;
/** Zoomed heights land on fractions of a pixel, which the page rounds up: fit a little inside. */
const ROUNDING_MARGIN_PX = 2;

/**
 * A wall screen has no one to scroll it: when what it holds is taller than the screen (a crowded
 * day, paused escalations, a backup alert), the whole board is zoomed out until it fits, and back
 * as it empties. The allotment of cards does the fitting; this is the guarantee.
 */
export function useFitToScreen<Element extends HTMLElement>() {
  const root = useRef<Element>(null);
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    // Measured unzoomed, then zoomed: the same content gives the same zoom, so the observer that
    // hears of the zoom's own change settles at once.
    const fit = () => {
      element.style.zoom = "1";
      // The page's height, not the board's alone: whatever else it holds must fit too.
      const natural = Math.max(element.scrollHeight, document.documentElement.scrollHeight);
      if (natural <= window.innerHeight) return;
      const fits = Math.floor((1000 * (window.innerHeight - ROUNDING_MARGIN_PX)) / natural) / 1000;
      element.style.zoom = String(Math.max(SMALLEST_ZOOM, Math.min(1, fits)));
    };
    let frame = 0;
    const fitSoon = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fit);
    };
    fit();
    const content = new ResizeObserver(fitSoon);
    for (const child of element.children) content.observe(child);
    window.addEventListener("resize", fitSoon);
    return () => {
      cancelAnimationFrame(frame);
      content.disconnect();
      window.removeEventListener("resize", fitSoon);
    };
  }, []);
  return root;
}
