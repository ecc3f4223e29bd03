// Many pods: one canvas per lane draws every pod as a small glyph (same states, same shapes as the tiles),
// with a text summary as its accessible name. Used above the worker's canvas threshold.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { POD_VISUAL_STATES, type PodVisualState } from '../../worker/protocol';

const CELL = 14;
const COLUMNS = 48;

/** Colours come from the same CSS custom properties as the tiles. */
function colourOf(el: Element, state: PodVisualState): string {
  return getComputedStyle(el).getPropertyValue(`--pod-${state}`).trim() || '#888';
}

function drawCell(
  ctx: CanvasRenderingContext2D,
  state: PodVisualState,
  x: number,
  y: number,
  colour: string,
): void {
  const cx = x + CELL / 2;
  const cy = y + CELL / 2;
  const r = CELL / 2 - 2;
  ctx.fillStyle = colour;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5;
  ctx.setLineDash(state === 'pending' || state === 'terminating' ? [2, 2] : []);
  ctx.globalAlpha = state === 'terminating' ? 0.5 : 1;
  ctx.beginPath();
  if (state === 'pullError') {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy + r);
    ctx.lineTo(cx - r, cy + r);
    ctx.closePath();
    ctx.fill();
  } else if (state === 'available') {
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.fill();
  } else if (state === 'running') {
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.stroke();
    ctx.beginPath();
    ctx.arc(cx, cy, r, Math.PI / 2, (Math.PI * 3) / 2);
    ctx.fill();
  } else if (state === 'crashLoop') {
    ctx.arc(cx, cy, r, 0.3, Math.PI * 1.8);
    ctx.stroke();
  } else {
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    ctx.stroke();
    if (state === 'ready') {
      ctx.beginPath();
      ctx.arc(cx, cy, 1.5, 0, Math.PI * 2);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

/** A lane's pods drawn on a canvas; `states` holds one POD_VISUAL_STATES index per pod. */
export function PodCanvas({ lane, states }: { lane: string; states: Uint8Array }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const rows = Math.max(1, Math.ceil(states.length / COLUMNS));
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const colours = new Map(POD_VISUAL_STATES.map((s) => [s, colourOf(canvas, s)]));
    states.forEach((code, i) => {
      const state = POD_VISUAL_STATES[code] ?? 'pending';
      drawCell(
        ctx,
        state,
        (i % COLUMNS) * CELL,
        Math.floor(i / COLUMNS) * CELL,
        colours.get(state) ?? '#888',
      );
    });
  }, [states]);
  const counts = new Map<PodVisualState, number>();
  for (const code of states) {
    const s = POD_VISUAL_STATES[code] ?? 'pending';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const summary = [...counts].map(([s, n]) => `${n} ${t(`pod.state.${s}.label`)}`).join(', ');
  return (
    <canvas
      ref={ref}
      className="lane__canvas"
      width={COLUMNS * CELL}
      height={rows * CELL}
      role="img"
      aria-label={t('stage.canvasSummary', { lane, count: states.length, summary })}
    />
  );
}
