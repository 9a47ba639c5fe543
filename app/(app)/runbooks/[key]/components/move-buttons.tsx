import { buttonClasses } from "@/components/ui/button-classes";

type MoveButtonsProps = {
  /** The ids of the two buttons, so focus can come back to the one pressed once the list has moved. */
  idPrefix: string;
  /** What the buttons move, for a screen reader: "step Restore from backup". */
  what: string;
  position: number;
  count: number;
  busy: boolean;
  onMove: (position: number, button: "up" | "down") => void;
};

/** "Move up" and "Move down": reordering by keyboard, a list item one place at a time. */
export function MoveButtons({ idPrefix, what, position, count, busy, onMove }: MoveButtonsProps) {
  const button = (direction: "up" | "down", to: number, enabled: boolean) => (
    <button
      type="button"
      id={`${idPrefix}-${direction}`}
      className={buttonClasses("quiet", "gap-1.5 px-2")}
      disabled={!enabled || busy}
      onClick={() => onMove(to, direction)}
    >
      {/* The arrow is left out on a phone, so a step's three buttons fit one row. */}
      <span aria-hidden="true" className="hidden sm:inline">
        {direction === "up" ? "↑" : "↓"}
      </span>
      {/* Read as "Move step Restore from backup up"; seen as "Move up". */}
      <span>
        Move<span className="sr-only"> {what}</span> {direction}
      </span>
    </button>
  );
  return (
    <>
      {button("up", position - 1, position > 1)}
      {button("down", position + 1, position < count)}
    </>
  );
}
