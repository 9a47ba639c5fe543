// A minutes axis that counts in round steps people read at a glance: 0, 30, 60, 90 min or 0, 2, 4,
// 6 h, never 0, 55, 110, 165.
import { MINUTES_PER_DAY, MINUTES_PER_HOUR } from "@/lib/format";

const STEPS = [15, 30, 60, 120, 240, 360, 720, MINUTES_PER_DAY];
const MOST_STEPS = 5;

type MinuteAxis = { ticks: number[]; format: (minutes: number) => string };

export function minuteAxis(largest: number): MinuteAxis {
  const step = STEPS.find((candidate) => largest / candidate <= MOST_STEPS) ?? Math.ceil(largest / MOST_STEPS / MINUTES_PER_DAY) * MINUTES_PER_DAY;
  const top = Math.max(step, Math.ceil(largest / step) * step);
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => index * step);
  // One unit per axis: minutes while the steps are under an hour, hours from there.
  const format = step < MINUTES_PER_HOUR ? (minutes: number) => `${minutes} min` : (minutes: number) => `${minutes / MINUTES_PER_HOUR} h`;
  return { ticks, format };
}
