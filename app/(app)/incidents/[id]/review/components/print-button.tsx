"use client";
import { buttonClasses } from "@/components/ui/button-classes";

/** The browser's print dialog; the print stylesheet leaves the review alone on the page. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("secondary")}>
      Print
    </button>
  );
}
