import { buttonClasses } from "@/components/ui/button-classes";

type PlanSaveFooterProps = {
  /** "Save service", "Save contact". */
  label: string;
  saving: boolean;
  /** Saved, and the page has been refreshed with it. */
  saved: boolean;
  /** The page is being refreshed after a save: no second save meanwhile. */
  refreshing: boolean;
};

/** A plan edit form's save button and its "Saved" confirmation. */
export function PlanSaveFooter({ label, saving, saved, refreshing }: PlanSaveFooterProps) {
  return (
    <div className="flex items-center justify-end gap-3">
      {saved && !refreshing && <p role="status" className="text-sm text-ok">Saved</p>}
      <button type="submit" disabled={saving || refreshing} className={buttonClasses("primary")}>
        {saving ? "Saving…" : label}
      </button>
    </div>
  );
}
