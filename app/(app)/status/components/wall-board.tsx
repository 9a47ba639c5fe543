import { BoardBackupAlerts } from "@/app/(app)/status/components/board-backup-alerts";
import { BoardSummary } from "@/app/(app)/status/components/board-summary";
import { OverdueReviews } from "@/app/(app)/status/components/overdue-reviews";
import { RecentlyResolvedList } from "@/app/(app)/status/components/recently-resolved-list";
import { ServiceHealthGrid } from "@/app/(app)/status/components/service-health-grid";
import { useFitToScreen } from "@/app/(app)/status/components/use-fit-to-screen";
import { allotWall } from "@/app/(app)/status/components/wall-allotment";
import { WallClock } from "@/app/(app)/status/components/wall-clock";
import { WallIncidentCard, type WallDensity } from "@/app/(app)/status/components/wall-incident-card";
import { ConnectionStatus } from "@/components/connection-status";
import type { LiveStatus } from "@/components/live/use-incident-live";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { BackupAlertView } from "@/lib/backups/present";
import type { BoardIncidentView, StatusBoardView } from "@/lib/status-board/types";

/** Incidents two to a row where the screen is wide enough; those left out are named on a tile of their own. */
function IncidentCards({ incidents, shown, density }: { incidents: BoardIncidentView[]; shown: number; density: WallDensity }) {
  const { dense } = density;
  const more = incidents.slice(shown);
  return (
    <div className={`grid ${dense ? "gap-4" : "gap-5"} ${shown + (more.length ? 1 : 0) > 1 ? "xl:grid-cols-2" : ""}`}>
      {incidents.slice(0, shown).map((incident) => (
        <WallIncidentCard key={incident.id} incident={incident} density={density} />
      ))}
      {more.length > 0 && (
        <div data-more-incidents className="min-w-0 rounded-xl border border-dashed border-line-strong px-5 py-3">
          <p className="text-3xl font-semibold text-ink">+{more.length} more</p>
          {/* However many, the tile keeps to a card's height. */}
          <p className="mt-1 line-clamp-4 text-lg text-ink-muted">{more.map((incident) => `#${incident.number} ${incident.title}`).join(" · ")}</p>
        </div>
      )}
    </div>
  );
}

type WallBoardProps = { board: StatusBoardView; live: LiveStatus; backupAlerts: BackupAlertView[] };

/**
 * The board for a screen on the wall, read from three metres: the whole screen, type that grows
 * with it, incidents and their clocks biggest on the left, every service's health on the right.
 */
export function WallBoard({ board, live, backupAlerts }: WallBoardProps) {
  const allotted = allotWall(board.active.length, board.drills.length);
  const { dense } = allotted;
  const overdue = board.overdueReviews.slice(0, allotted.history);
  const resolved = board.resolved.slice(0, allotted.history - overdue.length);
  const fitted = useFitToScreen<HTMLDivElement>();
  return (
    <div ref={fitted} data-wall-screen className="flex min-h-dvh flex-col gap-4 px-8 py-4 [&_h2]:text-2xl">
      <header className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Status board</h1>
        <div className="min-w-0 flex-1">
          <BoardSummary board={board} wall />
        </div>
        <div className="flex items-center gap-5">
          <ConnectionStatus status={live} />
          <WallClock />
        </div>
      </header>
      <BoardBackupAlerts initial={backupAlerts} wall />
      {/* Dense cards get the wider share: a title needs a line of its own. */}
      <div className={`grid flex-1 gap-8 ${dense ? "lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]" : "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]"}`}>
        <div className="min-w-0 space-y-6">
          <Section id="active" title="Active incidents">
            {board.active.length ? (
              <IncidentCards incidents={board.active} shown={allotted.active} density={allotted} />
            ) : (
              <EmptyState className="text-xl">No incident is being worked right now.</EmptyState>
            )}
          </Section>
          {board.drills.length > 0 && (
            <Section id="drills" title="Drills">
              <IncidentCards incidents={board.drills} shown={allotted.drills} density={allotted} />
            </Section>
          )}
          {overdue.length > 0 && (
            <Section id="overdue-reviews" title="Reviews overdue">
              <OverdueReviews reviews={overdue} wall />
            </Section>
          )}
          {(resolved.length > 0 || !dense) && (
            <Section id="resolved" title="Recently resolved">
              <RecentlyResolvedList incidents={resolved} wall />
            </Section>
          )}
        </div>
        <Section id="services" title="Service health">
          <ServiceHealthGrid services={board.health} wall />
        </Section>
      </div>
    </div>
  );
}
