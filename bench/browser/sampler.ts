// In-page measurement for the browser benchmark: requestAnimationFrame deltas (frame times) and main-thread
// long tasks (> 50 ms, PerformanceObserver 'longtask') plus long animation frames where Chromium has them.
// `installSampler` is serialised into the page: it must stay self-contained (no imports, no closures).

/** What the page reports when the sampler stops. */
export interface SamplerReport {
  /** wall ms between consecutive animation frames */
  frames: number[];
  /** durations of main-thread long tasks (ms) */
  longTasks: number[];
  /** long animation frames (> 50 ms; empty where the browser lacks the entry type) */
  longFrames: LongFrame[];
  /** wall ms the sampler ran */
  wallMs: number;
}

/** Where a long animation frame's time went (ms): scripts (with the slowest script's invoker), rendering. */
export interface LongFrame {
  duration: number;
  scriptMs: number;
  /** style, layout, paint and canvas flushes: from renderStart to the end of the frame */
  renderMs: number;
  slowestScript: string;
}

interface SamplerGlobal {
  __sampler?: { stop(): SamplerReport };
}

/** Start sampling in the page (call through page.evaluate). */
export function installSampler(): void {
  const frames: number[] = [];
  const longTasks: number[] = [];
  const longFrames: LongFrame[] = [];
  const start = performance.now();
  let last = start;
  let running = true;
  const tick = (t: number) => {
    if (!running) return;
    frames.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((t) => {
    last = t;
    requestAnimationFrame(tick);
  });
  // Long animation frames as Chromium reports them (PerformanceLongAnimationFrameTiming, not in the DOM lib).
  type Script = { duration: number; invoker: string; sourceFunctionName: string };
  type Loaf = PerformanceEntry & { renderStart: number; scripts: Script[] };
  const toLongFrame = (e: Loaf): LongFrame => {
    const slowest = [...e.scripts].sort((a, b) => b.duration - a.duration)[0];
    return {
      duration: e.duration,
      scriptMs: e.scripts.reduce((n, x) => n + x.duration, 0),
      renderMs: e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0,
      slowestScript: slowest
        ? `${slowest.invoker}${slowest.sourceFunctionName ? ` ${slowest.sourceFunctionName}` : ''} ${Math.round(slowest.duration)} ms`
        : '',
    };
  };
  const record = (e: PerformanceEntry) => {
    if (e.entryType === 'longtask') longTasks.push(e.duration);
    else longFrames.push(toLongFrame(e as Loaf));
  };
  const observers: PerformanceObserver[] = [];
  for (const type of ['longtask', 'long-animation-frame']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    const o = new PerformanceObserver((list) => list.getEntries().forEach(record));
    o.observe({ type, buffered: false });
    observers.push(o);
  }
  (globalThis as SamplerGlobal).__sampler = {
    stop() {
      running = false;
      for (const o of observers) {
        o.takeRecords().forEach(record);
        o.disconnect();
      }
      return { frames, longTasks, longFrames, wallMs: performance.now() - start };
    },
  };
}

/** Stop sampling and return the report (call through page.evaluate). */
export function stopSampler(): SamplerReport {
  const s = (globalThis as SamplerGlobal).__sampler;
  if (!s) throw new Error('the sampler was not started');
  return s.stop();
}

/** The p-th percentile (0–100) of a list, nearest rank. Example: [10, 20, 30, 40], 50 → 20. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
