"use client";
import { Bar, BarChart as RechartsBarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import {
  AXIS_LINE,
  AXIS_TICK,
  GRID_STROKE,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_CURSOR,
  type Series,
} from "@/app/(app)/metrics/components/chart-style";
import { minuteAxis } from "@/app/(app)/metrics/components/minute-ticks";
import { formatMinutes, formatPercent } from "@/lib/format";

/** One group of bars: its label, and a value per series (null draws no bar). */
type ChartDatum = { label: string; values: Record<string, number | null> };

type BarChartProps = {
  data: ChartDatum[];
  series: readonly Series[];
  unit: "minutes" | "percent";
  /** Bars across, one row per group, each labelled with its value: for long names such as services. */
  horizontal?: boolean;
};

const VERTICAL_HEIGHT_PX = 260;
const ROW_HEIGHT_PX = 48;
const AXIS_HEIGHT_PX = 40;
const PERCENT_TICKS = [0, 25, 50, 75, 100];
// A 0 % bar still shows as a sliver, so it reads as measured and missed rather than as missing.
const ZERO_BAR_PX = 2;

const percentText = (whole: number) => formatPercent(whole / 100);

/** Grouped bars of minutes or percentages. Assistive technology gets the table beside it instead. */
export function BarChart({ data, series, unit, horizontal = false }: BarChartProps) {
  const rows = data.map((datum) => ({ label: datum.label, ...datum.values }));
  const percent = unit === "percent";
  const largest = Math.max(0, ...data.flatMap((datum) => Object.values(datum.values).map((value) => value ?? 0)));
  const minutes = minuteAxis(largest);
  const valueAxis = {
    type: "number" as const,
    tick: AXIS_TICK,
    tickLine: false,
    axisLine: false,
    ticks: percent ? PERCENT_TICKS : minutes.ticks,
    domain: [0, percent ? 100 : minutes.ticks.at(-1)!],
    tickFormatter: percent ? percentText : minutes.format,
  };
  const categoryAxis = { type: "category" as const, dataKey: "label", tick: AXIS_TICK, tickLine: false, axisLine: AXIS_LINE };
  return (
    <RechartsBarChart
      responsive
      style={{ width: "100%", height: horizontal ? rows.length * ROW_HEIGHT_PX + AXIS_HEIGHT_PX : VERTICAL_HEIGHT_PX }}
      data={rows}
      layout={horizontal ? "vertical" : "horizontal"}
      accessibilityLayer={false}
      margin={{ top: 8, right: horizontal ? 48 : 8, bottom: 0, left: 0 }}
      barGap={2}
    >
      <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke={GRID_STROKE} />
      {horizontal ? (
        <>
          <XAxis {...valueAxis} />
          <YAxis {...categoryAxis} width={112} />
        </>
      ) : (
        <>
          <XAxis {...categoryAxis} />
          <YAxis {...valueAxis} width={52} />
        </>
      )}
      <Tooltip
        formatter={(value) => (percent ? percentText(Number(value)) : formatMinutes(Number(value)))}
        contentStyle={TOOLTIP_CONTENT_STYLE}
        labelStyle={{ fontWeight: 600 }}
        cursor={TOOLTIP_CURSOR}
        isAnimationActive={false}
      />
      {series.map((entry) => (
        <Bar
          key={entry.key}
          dataKey={entry.key}
          name={entry.label}
          fill={entry.colour}
          radius={horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0]}
          maxBarSize={28}
          minPointSize={ZERO_BAR_PX}
          isAnimationActive={false}
        >
          {horizontal && <LabelList dataKey={entry.key} position="right" formatter={(value) => (value == null ? "" : percentText(Number(value)))} fill="var(--color-ink-muted)" fontSize={12} />}
        </Bar>
      ))}
    </RechartsBarChart>
  );
}
