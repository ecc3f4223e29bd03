// The timeline bar itself: the whole run from 0 to now (and a minute at least), the playhead, a discarded
// future that can still be restored, tick labels, and the markers (hover names them, a click jumps there).
// The slider is keyboard-operable: ←/→ step, Shift+←/→ 5 s, PageUp/PageDown 30 s, Home/End, Space, 1–5.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../format/time';
import { PAGE_MS, SCRUB_MS, SPEED_KEYS, shownNow, useTimelineActions } from '../playback/actions';
import { useApp, useAppShallow } from '../store/context';
import { Markers } from './Markers';
import { fractionOf, makeScale, spanEnd, ticks, xToTime } from './scale';
import { useDrag } from './useDrag';

/** Width assumed before the first measurement (and in DOMs without layout). */
const FALLBACK_WIDTH = 800;
/** Tick labels at least this far apart (px). */
const TICK_MIN_PX = 70;

/** Measure an element's width and follow its resizes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

export function Track() {
  const { t } = useTranslation();
  const a = useTimelineActions();
  const { now, head, loaded, undo, dragging } = useAppShallow((s) => ({
    now: shownNow(s),
    head: s.head,
    loaded: s.loaded,
    undo: s.branchUndo,
    dragging: s.dragging,
  }));
  const markers = useApp((s) => s.markers);
  const rail = useRef<HTMLDivElement>(null);
  const width = useWidth(rail);
  const end = spanEnd(Math.max(head, undo?.head ?? 0));
  const scale = useMemo(() => makeScale(0, end, width), [end, width]);
  const tickTimes = useMemo(() => ticks(scale, TICK_MIN_PX), [scale]);

  const timeAt = useCallback(
    (clientX: number) => {
      const box = rail.current?.getBoundingClientRect();
      const x = box ? clientX - box.left : 0;
      const s = makeScale(0, end, box?.width || width);
      return Math.min(head, xToTime(s, x));
    },
    [end, width, head],
  );
  const drag = useDrag(timeAt);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const speed = SPEED_KEYS[e.key];
    const act: (() => void) | undefined =
      e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? () => (e.shiftKey ? a.nudge(-SCRUB_MS) : a.step('back'))
        : e.key === 'ArrowRight' || e.key === 'ArrowUp'
          ? () => (e.shiftKey ? a.nudge(SCRUB_MS) : a.step('forward'))
          : e.key === 'PageDown'
            ? () => a.nudge(-PAGE_MS)
            : e.key === 'PageUp'
              ? () => a.nudge(PAGE_MS)
              : e.key === 'Home'
                ? a.jumpStart
                : e.key === 'End'
                  ? a.jumpEnd
                  : e.key === ' '
                    ? a.togglePlay
                    : speed !== undefined
                      ? () => a.setSpeed(speed)
                      : undefined;
    if (!act || (e.key === ' ' && e.repeat)) return;
    e.preventDefault();
    e.stopPropagation();
    act();
  };

  const clock = formatClock(now);
  return (
    <div className="tl-track">
      <span className="tl-track__clock" aria-hidden="true">
        {clock}
      </span>
      <div className="tl-track__body">
        <Markers markers={markers} scale={scale} onJump={a.seek} />
        <div
          ref={rail}
          className={`tl-slider${dragging ? ' tl-slider--dragging' : ''}`}
          role="slider"
          tabIndex={loaded ? 0 : -1}
          aria-label={t('timeline.slider')}
          aria-valuemin={0}
          aria-valuemax={head}
          aria-valuenow={now}
          aria-valuetext={clock}
          aria-disabled={!loaded}
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Space 1 2 3 4 5"
          title={t('timeline.keys')}
          onKeyDown={onKeyDown}
          {...drag}
        >
          <div className="tl-rail">
            <div className="tl-rail__simulated" style={{ width: pct(fractionOf(scale, head)) }} />
            {undo && undo.head > head && (
              <div
                className="tl-rail__discarded"
                style={{
                  left: pct(fractionOf(scale, undo.at)),
                  width: pct(fractionOf(scale, undo.head) - fractionOf(scale, undo.at)),
                }}
                title={t('timeline.discarded', { from: formatClock(undo.at), to: formatClock(undo.head) })}
              />
            )}
            <div className="tl-rail__played" style={{ width: pct(fractionOf(scale, now)) }} />
          </div>
          <div className="tl-playhead" style={{ left: pct(fractionOf(scale, now)) }} aria-hidden="true" />
        </div>
        <div className="tl-ticks" aria-hidden="true">
          {tickTimes.map((tt) => (
            <span key={tt} className="tl-tick" style={{ left: pct(fractionOf(scale, tt)) }}>
              {formatClock(tt)}
            </span>
          ))}
        </div>
      </div>
      <span className="tl-track__clock tl-track__clock--head" aria-hidden="true">
        {formatClock(head)}
      </span>
      <output className="sr-only" aria-label={t('playback.clock')}>
        {clock}
      </output>
    </div>
  );
}
