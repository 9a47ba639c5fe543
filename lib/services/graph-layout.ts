// Lays out the dependency graph for drawing: one row per recovery stage (stage 1 on top), nodes
// in a row ordered to keep edges short and uncrossed, edges from a dependent up to what it needs.

export const GRAPH_SIZES = {
  nodeWidth: 148,
  nodeHeight: 50,
  columnGap: 22,
  rowGap: 68,
  /** Room left of the rows for the stage labels. */
  labelWidth: 66,
  padding: 6,
} as const;

// Ordering passes: enough for a graph of a few dozen services to settle.
const ORDERING_SWEEPS = 3;
// How close an edge may pass a node it does not touch.
const EDGE_CLEARANCE = 8;

type LayoutInput = { number: number; services: { key: string; dependsOn: readonly string[] }[] }[];

export type GraphNodeBox = { key: string; x: number; y: number };
export type GraphEdge = { from: string; to: string; path: string };
export type GraphLayout = {
  width: number;
  height: number;
  rows: { number: number; y: number }[];
  nodes: GraphNodeBox[];
  edges: GraphEdge[];
};

const { nodeWidth, nodeHeight, columnGap, rowGap, labelWidth, padding } = GRAPH_SIZES;

function rowWidth(count: number): number {
  return count * nodeWidth + Math.max(0, count - 1) * columnGap;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null;
}

export function layoutDependencyGraph(stages: LayoutInput): GraphLayout {
  const rows = stages.map((stage) => stage.services.map((service) => service.key));
  const widest = Math.max(0, ...rows.map((row) => rowWidth(row.length)));
  const dependsOn = new Map(stages.flatMap((stage) => stage.services.map((service) => [service.key, service.dependsOn] as const)));
  const dependents = new Map<string, string[]>();
  for (const [key, needs] of dependsOn) for (const need of needs) dependents.set(need, [...(dependents.get(need) ?? []), key]);

  const centreX = new Map<string, number>();
  const place = (row: string[]) => {
    const left = labelWidth + (widest - rowWidth(row.length)) / 2;
    row.forEach((key, index) => centreX.set(key, left + index * (nodeWidth + columnGap) + nodeWidth / 2));
  };
  rows.forEach(place);

  // Barycentre ordering: each node moves towards the mean position of its neighbours in the
  // direction of the sweep; nodes without such neighbours keep their place.
  const reorder = (row: string[], neighbours: (key: string) => string[]) => {
    const weight = (key: string) => mean(neighbours(key).map((other) => centreX.get(other) ?? 0)) ?? (centreX.get(key) ?? 0);
    row.sort((a, b) => weight(a) - weight(b));
    place(row);
  };
  for (let sweep = 0; sweep < ORDERING_SWEEPS; sweep += 1) {
    for (const row of rows.slice(1)) reorder(row, (key) => [...(dependsOn.get(key) ?? [])]);
    for (const row of rows.slice(0, -1).reverse()) reorder(row, (key) => dependents.get(key) ?? []);
  }
  for (const row of rows.slice(1)) reorder(row, (key) => [...(dependsOn.get(key) ?? [])]);

  const rowY = (index: number) => padding + index * (nodeHeight + rowGap);
  const nodes = rows.flatMap((row, index) =>
    row.map((key) => ({ key, x: (centreX.get(key) ?? 0) - nodeWidth / 2, y: rowY(index) })),
  );
  const box = new Map(nodes.map((node) => [node.key, node]));

  // Several edges meeting one node spread along its edge, in the order of their other ends.
  const anchorX = (key: string, others: string[], other: string) => {
    const sorted = [...others].sort((a, b) => (centreX.get(a) ?? 0) - (centreX.get(b) ?? 0));
    const spread = nodeWidth * 0.5;
    const step = sorted.length > 1 ? spread / (sorted.length - 1) : 0;
    const start = (centreX.get(key) ?? 0) - (sorted.length > 1 ? spread / 2 : 0);
    return start + sorted.indexOf(other) * step;
  };

  const edges = nodes.flatMap((node) =>
    [...(dependsOn.get(node.key) ?? [])].map((need) => {
      const start = { x: anchorX(node.key, [...(dependsOn.get(node.key) ?? [])], need), y: node.y };
      const end = {
        x: anchorX(need, dependents.get(need) ?? [], node.key),
        y: (box.get(need)?.y ?? 0) + nodeHeight,
      };
      return { from: node.key, to: need, path: edgePath(start, end, nodes) };
    }),
  );

  return {
    width: labelWidth + widest + padding,
    height: rowY(rows.length - 1) + nodeHeight + padding,
    rows: rows.map((_, index) => ({ number: stages[index].number, y: rowY(index) })),
    nodes,
    edges,
  };
}

type Point = { x: number; y: number };

/** Where an edge may cross the row at `y`: as near to `idealX` as it can without touching a node. */
function freeX(idealX: number, rowNodes: GraphNodeBox[]): number {
  const blocks = (x: number) =>
    rowNodes.some((node) => x > node.x - EDGE_CLEARANCE && x < node.x + nodeWidth + EDGE_CLEARANCE);
  if (!blocks(idealX)) return idealX;
  const candidates = rowNodes.flatMap((node) => [node.x - columnGap / 2, node.x + nodeWidth + columnGap / 2]);
  return candidates.filter((x) => !blocks(x)).sort((a, b) => Math.abs(a - idealX) - Math.abs(b - idealX))[0] ?? idealX;
}

/**
 * A smooth path from a dependent's top edge up to its dependency's bottom edge. An edge that skips
 * rows crosses each of them straight up through a free gap, never behind a node, where it would
 * read as a dependency on that node.
 */
function edgePath(start: Point, end: Point, nodes: GraphNodeBox[]): string {
  const rowTops = [...new Set(nodes.map((node) => node.y))].filter((y) => y < start.y && y + nodeHeight > end.y);
  const points: Point[] = [start];
  for (const top of rowTops.sort((a, b) => b - a)) {
    const progress = (start.y - (top + nodeHeight / 2)) / (start.y - end.y);
    const x = freeX(start.x + (end.x - start.x) * progress, nodes.filter((node) => node.y === top));
    points.push({ x, y: top + nodeHeight }, { x, y: top });
  }
  points.push(end);
  return points.reduce((path, point, index) => {
    if (index === 0) return `M ${point.x} ${point.y}`;
    const previous = points[index - 1];
    if (previous.x === point.x) return `${path} L ${point.x} ${point.y}`;
    const middle = (previous.y + point.y) / 2;
    return `${path} C ${previous.x} ${middle}, ${point.x} ${middle}, ${point.x} ${point.y}`;
  }, "");
}
