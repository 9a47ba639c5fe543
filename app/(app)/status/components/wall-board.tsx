import { BoardBackupAlerts } from "@/app/(app)/status/components/board-backup-alerts";
import { BoardSummary } from "@/app/(app)/status/components/board-summary";
import { OverdueReviews } from "@/app/(app)/status/components/overdue-reviews";
import { RecentlyResolvedList } from "@/app/(app)/status/components/recently-resolved-list";
import { ServiceHealthGrid } from "@/app/(app)/status/components/service-health-grid";
import { WallClock } from "@/app/(app)/status/components/wall-clock";
import { WallIncidentCard } from "@/app/(app)/status/components/wall-incident-card";
import { ConnectionStatus } from "@/components/connection-status";
import type { LiveStatus } from "@/components/live/use-incident-live";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import type { BackupAlertView } from "@/lib/backups/present";
import type { BoardIncidentView, StatusBoardView } from "@/lib/status-board/types";

// The wall keeps the last few endings: what is broken now needs the room.
const WALL_RESOLVED_LIMIT = 3;

/** Incidents two to a row where the screen is wide enough. */
function IncidentCards({ incidents }: { incidents: BoardIncidentView[] }) {
  return (
    <div className={`grid gap-5 ${incidents.length > 1 ? "xl:grid-cols-2" : ""}`}>
      {incidents.map((incident) => (
        <WallIncidentCard key={incident.id} incident={incident} />
      ))}
    </div>
  );
}

type WallBoardProps = { board: StatusBoardView; live: LiveStatus; backupAlerts: BackupAlertView[] };

/**
 * The board for a screen on the wall, read from three metres: the whole screen, type that grows
 * with it, incidents and their clocks biggest on the left, every service's health on the right.
 */
export function WallBoard({ board, live, backupAlerts }: WallBoardProps) {
  return (
    <div data-wall-screen className="flex min-h-dvh flex-col gap-6 px-8 py-6 [&_h2]:text-2xl">
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
      <div className="grid flex-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-8">
          <Section id="active" title="Active incidents">
            {board.active.length ? (
              <IncidentCards incidents={board.active} />
            ) : (
              <EmptyState className="text-xl">No incident is being worked right now.</EmptyState>
            )}
          </Section>
          {board.drills.length > 0 && (
            <Section id="drills" title="Drills">
              <IncidentCards incidents={board.drills} />
            </Section>
          )}
          {board.overdueReviews.length > 0 && (
            <Section id="overdue-reviews" title="Reviews overdue">
              <OverdueReviews reviews={board.overdueReviews} wall />
            </Section>
          )}
          <Section id="resolved" title="Recently resolved">
            <RecentlyResolvedList incidents={board.resolved.slice(0, WALL_RESOLVED_LIMIT)} wall />
          </Section>
        </div>
        <Section id="services" title="Service health">
          <ServiceHealthGrid services={board.health} wall />
        </Section>
      </div>
    </div>
  );
}
