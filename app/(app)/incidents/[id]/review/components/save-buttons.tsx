import { buttonClasses } from "@/components/ui/button-classes";

/** The end of an edit form: save, or put it away unchanged. */
export function SaveButtons({ pending, onCancel, label = "Save" }: { pending: boolean; onCancel: () => void; label?: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="submit" disabled={pending} className={buttonClasses("primary")}>
        {pending ? "Saving…" : label}
      </button>
      <button type="button" onClick={onCancel} className={buttonClasses("quiet")}>
        Cancel
      </button>
    </div>
  );
}
