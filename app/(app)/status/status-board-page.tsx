"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ClockProvider } from "@/components/clock-provider";
import { ConnectionStatus } from "@/components/connection-status";
import { BoardBackupAlerts } from "@/app/(app)/status/components/board-backup-alerts";
import { BoardIncidentCard } from "@/app/(app)/status/components/board-incident-card";
import { BoardSummary } from "@/app/(app)/status/components/board-summary";
import { OverdueReviews } from "@/app/(app)/status/components/overdue-reviews";
import { RecentlyResolvedList } from "@/app/(app)/status/components/recently-resolved-list";
import { ServiceHealthGrid } from "@/app/(app)/status/components/service-health-grid";
import { WallBoard } from "@/app/(app)/status/components/wall-board";
import { api } from "@/components/live/api-client";
import { STATUS_BOARD_KEY, useStatusBoardLive } from "@/components/live/use-status-board-live";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import type { BackupAlertView } from "@/lib/backups/present";
import type { StatusBoardView } from "@/lib/status-board/types";
import { EmptyState } from "@/components/ui/empty-state";

// Live signals keep the board current; this catches anything a signal could not (a resolved
// incident ageing out of the recent list).
const REFETCH_MS = 60_000;

type StatusBoardPageProps = { initial: StatusBoardView; wall: boolean; backupAlerts: BackupAlertView[] };

/** The management board; in wall mode, the same board full screen in large type with no controls. */
export function StatusBoardPage({ initial, wall, backupAlerts }: StatusBoardPageProps) {
  const live = useStatusBoardLive();
  const { data: board } = useQuery({
    queryKey: STATUS_BOARD_KEY,
    queryFn: () => api<StatusBoardView>("/api/status-board"),
    initialData: initial,
    staleTime: Infinity,
    refetchInterval: REFETCH_MS,
  });

  const content = (
    <div className="space-y-10">
      <BoardSummary board={board} wall={false} />
      <BoardBackupAlerts initial={backupAlerts} wall={false} />
      <Section id="active" title="Active incidents">
        {board.active.length ? (
          <div className="grid gap-4 lg:grid-cols-2">
            {board.active.map((incident) => (
              <BoardIncidentCard key={incident.id} incident={incident} />
            ))}
          </div>
        ) : (
          <EmptyState className="text-base">No incident is being worked right now.</EmptyState>
        )}
      </Section>
      {board.drills.length > 0 && (
        <Section id="drills" title="Drills" description="Exercises of the plan, not incidents: they page nobody outside Muster and touch no service's health.">
          <div className="grid gap-4 lg:grid-cols-2">
            {board.drills.map((incident) => (
              <BoardIncidentCard key={incident.id} incident={incident} />
            ))}
          </div>
        </Section>
      )}
      <Section id="services" title="Service health" description="Down or degraded services put everything that depends on them at risk. Drills leave this untouched.">
        <ServiceHealthGrid services={board.health} />
      </Section>
      {board.overdueReviews.length > 0 && (
        <Section id="overdue-reviews" title="Reviews overdue" description="The plan holds a review within 48 hours of resolution.">
          <OverdueReviews reviews={board.overdueReviews} />
        </Section>
      )}
      <Section id="resolved" title="Recently resolved">
        <RecentlyResolvedList incidents={board.resolved} />
      </Section>
    </div>
  );

  return (
    <ClockProvider renderedAt={new Date(initial.generatedAt)}>
      {wall ? (
        <WallBoard board={board} live={live} backupAlerts={backupAlerts} />
      ) : (
        <>
          <PageHeader
            title="Status board"
            description="Every incident and every service at a glance. Nothing here changes anything."
            actions={
              <div className="flex flex-wrap items-center gap-2">
                <ConnectionStatus status={live} />
                <Link href="/status/wall" className={buttonClasses("secondary")}>
                  Wall screen
                </Link>
                <a href="/status/public" className={buttonClasses("secondary")}>
                  Public page
                </a>
              </div>
            }
          />
          {content}
        </>
      )}
    </ClockProvider>
  );
}
