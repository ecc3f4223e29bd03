// Time ↔ pixels for the timeline bar: pure functions of a scale (the Theatre.js habit — time is injected and
// the coordinate maths is testable on its own).
//
//   0 px       inset                                           width − inset   width px
//   |<-------->|===============================================|<----------->|
//              t = start                                       t = end
//
//   x(t) = inset + (t − start) / (end − start) × (width − 2·inset)
//   t(x) = start + (x − inset) / (width − 2·inset) × (end − start), clamped to [start, end], whole ms
//
// Example: start 0, end 120 000 ms, width 620 px, inset 10 px → 600 px of track, 200 ms per px:
// t = 30 000 → x = 10 + 0.25 × 600 = 160 px; x = 460 px → t = (460 − 10) × 200 = 90 000 ms.

/** A linear map between simulated ms and pixels. */
export interface TimeScale {
  start: number;
  end: number;
  width: number;
  inset: number;
}

/** The shortest timeline shown: an empty run still spans a minute, so the first seconds are not huge. */
export const MIN_SPAN_MS = 60_000;

/** makeScale: a scale from `start` to at least `start + MIN_SPAN_MS`, over `width` px with `inset` on both ends. */
export function makeScale(start: number, end: number, width: number, inset = 0): TimeScale {
  return { start, end: Math.max(end, start + MIN_SPAN_MS), width: Math.max(width, 2 * inset + 1), inset };
}

/** Ends the bar snaps to (ms): 1, 2, 5, 10, 15, 30 minutes, then 1, 2, 3, 6, 12, 24 hours … */
const SPANS_MS = [
  60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000,
  43_200_000, 86_400_000,
];

/**
 * spanEnd: where the bar ends for a run that reached `head` — the first of SPANS_MS that is not fuller than
 * `fill` (so there is always room ahead, and the scale changes only now and then while the run grows, which
 * keeps the marker layout stable). Example: head 50 s, fill 0.9 → 60 s is 83 % full → 60 s; head 55 s → 2 min.
 * Beyond a day: whole days.
 */
export function spanEnd(head: number, fill = 0.9): number {
  for (const span of SPANS_MS) if (head <= span * fill) return span;
  const day = 86_400_000;
  return Math.ceil(head / fill / day) * day;
}

/** Usable track length in px. */
export function trackWidth(s: TimeScale): number {
  return s.width - 2 * s.inset;
}

/** Simulated ms → px (not clamped: times outside the scale land outside the track). */
export function timeToX(s: TimeScale, t: number): number {
  return s.inset + ((t - s.start) / (s.end - s.start)) * trackWidth(s);
}

/** Px → simulated ms, clamped to the scale and rounded to whole ms. */
export function xToTime(s: TimeScale, x: number): number {
  const f = (x - s.inset) / trackWidth(s);
  const t = s.start + Math.min(1, Math.max(0, f)) * (s.end - s.start);
  return Math.round(t);
}

/** Where `t` sits along the track, 0…1 (for CSS percentages, which need no measured width). */
export function fractionOf(s: TimeScale, t: number): number {
  return Math.min(1, Math.max(0, (t - s.start) / (s.end - s.start)));
}

/** Tick spacings a clock reads well at: seconds, then minutes, then hours. */
export const TICK_STEPS_MS = [
  1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000,
  7_200_000, 21_600_000, 43_200_000, 86_400_000,
] as const;

/**
 * tickStep: the smallest spacing from TICK_STEPS_MS whose ticks are at least `minPx` apart. Example: 600 px
 * for 120 s is 5 px per second; with minPx 60 → 12 s at least → 15 s ticks.
 */
export function tickStep(s: TimeScale, minPx: number): number {
  const msPerPx = (s.end - s.start) / trackWidth(s);
  const want = minPx * msPerPx;
  return TICK_STEPS_MS.find((step) => step >= want) ?? TICK_STEPS_MS[TICK_STEPS_MS.length - 1]!;
}

/** The tick instants of a scale: every multiple of `tickStep` from start to end. */
export function ticks(s: TimeScale, minPx: number): number[] {
  const step = tickStep(s, minPx);
  const out: number[] = [];
  for (let t = Math.ceil(s.start / step) * step; t <= s.end; t += step) out.push(t);
  return out;
}
