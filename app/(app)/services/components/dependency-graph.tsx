import { GRAPH_SIZES, layoutDependencyGraph } from "@/lib/services/graph-layout";
import { formatMinutes } from "@/lib/format";
import type { RecoveryStage, StagedService } from "@/lib/services/recovery-order";

const { nodeWidth, nodeHeight } = GRAPH_SIZES;

// The priority's colour, as on the badges; dashed for a dependency outside the matrix.
const NODE_TONES: Record<number, string> = {
  1: "fill-critical-soft stroke-critical-line",
  2: "fill-major-soft stroke-major-line",
  3: "fill-minor-soft stroke-minor-line",
};

// The same tones for the phone's stacked stages, drawn in HTML.
const CARD_TONES: Record<number, string> = {
  1: "bg-critical-soft border-critical-line",
  2: "bg-major-soft border-major-line",
  3: "bg-minor-soft border-minor-line",
};

function nodeTone(service: StagedService): string {
  if (service.priority === null) return "fill-surface stroke-line-strong";
  return NODE_TONES[service.priority] ?? "fill-surface-muted stroke-line-strong";
}

function cardTone(service: StagedService): string {
  if (service.priority === null) return "border-dashed border-line-strong bg-surface";
  return CARD_TONES[service.priority] ?? "border-line-strong bg-surface-muted";
}

function nodeCaption(service: StagedService): string {
  if (!service.objective) return "No objective";
  const rto = `RTO ${formatMinutes(service.objective.rtoMinutes)}`;
  return service.objective.inheritedFrom ? `${rto} (inherited)` : `P${service.objective.priority} · ${rto}`;
}

// One string: React renders <title> only from a single text child.
function nodeTitle(service: StagedService, nameOf: Map<string, string>): string {
  const needs = service.dependsOn.map((key) => nameOf.get(key) ?? key).join(", ");
  return `${service.name}: ${needs ? `needs ${needs}` : "needs nothing else"}`;
}

type DependencyGraphProps = { stages: RecoveryStage[]; nameOf: Map<string, string> };

/**
 * The graph on a phone: too wide to draw without cutting names, so each stage stacks its
 * services, each saying what it needs, where the drawing has arrows.
 */
function StackedStages({ stages, nameOf }: DependencyGraphProps) {
  return (
    <ol aria-label="Dependency graph by recovery stage" className="space-y-4 p-4">
      {stages.map((stage) => (
        <li key={stage.number}>
          <p className="mb-2 text-xs font-medium text-ink-muted">Stage {stage.number}</p>
          <ul className="grid gap-2">
            {stage.services.map((service) => (
              <li key={service.key} className={`rounded-lg border px-3 py-2 ${cardTone(service)}`}>
                <p className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <span className="text-sm font-semibold text-ink">{service.name}</span>
                  <span className="text-xs text-ink-muted">{nodeCaption(service)}</span>
                </p>
                <p className="mt-0.5 text-xs text-ink-muted">
                  {service.dependsOn.length ? `Needs ${service.dependsOn.map((key) => nameOf.get(key) ?? key).join(", ")}` : "Needs nothing else"}
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function DependencyGraph({ stages, nameOf }: DependencyGraphProps) {
  const layout = layoutDependencyGraph(stages);
  const serviceOf = new Map(stages.flatMap((stage) => stage.services).map((service) => [service.key, service]));
  const bandPadding = 10;

  return (
    <figure className="rounded-xl border border-line bg-surface">
      <div className="md:hidden">
        <StackedStages stages={stages} nameOf={nameOf} />
      </div>
      {/* It can be wider than the screen: a keyboard user scrolls it too, so it takes focus. */}
      <div tabIndex={0} role="group" aria-label="Service dependency graph, scrolls sideways" className="hidden overflow-x-auto p-4 md:block">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby="dependency-graph-title"
          className="mx-auto block max-w-none"
        >
          <title id="dependency-graph-title">{`Service dependency graph in ${stages.length} recovery stages; the recovery order above lists the same.`}</title>
          <defs>
            <marker id="dependency-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0 0L10 5L0 10z" className="fill-ink-muted" />
            </marker>
          </defs>
          {layout.rows.map((row) => (
            <g key={row.number}>
              <rect
                x={0}
                y={row.y - bandPadding / 2}
                width={layout.width}
                height={nodeHeight + bandPadding}
                rx={10}
                className="fill-surface-muted opacity-60"
              />
              <text x={10} y={row.y + nodeHeight / 2} dominantBaseline="middle" className="fill-ink-muted text-xs font-medium">
                Stage {row.number}
              </text>
            </g>
          ))}
          <g fill="none" strokeWidth={1.5} className="stroke-ink-muted/60">
            {layout.edges.map((edge) => (
              <path key={`${edge.from}-${edge.to}`} d={edge.path} markerEnd="url(#dependency-arrow)" />
            ))}
          </g>
          {layout.nodes.map((node) => {
            const service = serviceOf.get(node.key);
            if (!service) return null;
            return (
              <g key={node.key} transform={`translate(${node.x} ${node.y})`}>
                <title>{nodeTitle(service, nameOf)}</title>
                <rect
                  width={nodeWidth}
                  height={nodeHeight}
                  rx={8}
                  strokeWidth={1.5}
                  strokeDasharray={service.priority === null ? "5 4" : undefined}
                  className={nodeTone(service)}
                />
                <text x={nodeWidth / 2} y={20} textAnchor="middle" className="fill-ink text-xs font-semibold">
                  {service.name}
                </text>
                <text x={nodeWidth / 2} y={37} textAnchor="middle" className="fill-ink-muted text-[11px]">
                  {nodeCaption(service)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="border-t border-line px-4 py-3 text-xs text-ink-muted">
        <span className="hidden md:inline">
          Rows are recovery stages, the first at the top. Arrows point from a service to what it needs. Scroll sideways where it is wider than the screen.{" "}
        </span>
        <span className="md:hidden">Recovery stages, the first at the top, each service with what it needs. </span>
        Dashed: a dependency outside the priority matrix.
      </figcaption>
    </figure>
  );
}
