// The marker strip above the slider: commands on the top row, what the cluster did below. Nearby markers are
// one button (the most telling kind is drawn); hovering names every marker in it, a click jumps there.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineMarker } from '../../worker/protocol';
import { formatClock } from '../format/time';
import { MARKER_GLYPH, clusterMarkers, type MarkerCluster } from './markers';
import { fractionOf, type TimeScale } from './scale';

/** Markers closer than this (px) share one button. */
const GAP_PX = 7;
/** How many markers a cluster's name lists before "… and N more". */
const LISTED = 6;

type Translate = ReturnType<typeof useTranslation>['t'];

/** One marker in words, e.g. `Image pull failed at 1:12: nginx-deployment-…`. */
export function markerName(t: Translate, m: TimelineMarker): string {
  return t(`timeline.marker.${m.kind}`, {
    count: m.count,
    time: formatClock(m.at),
    subject: m.subject,
    text: m.text,
  });
}

function clusterName(t: Translate, c: MarkerCluster): string {
  const lines = c.markers.slice(0, LISTED).map((m) => markerName(t, m));
  const rest = c.markers.length - LISTED;
  if (rest > 0) lines.push(t('timeline.more', { count: rest }));
  return lines.join('\n');
}

export const Markers = memo(function Markers({
  markers,
  scale,
  onJump,
}: {
  markers: readonly TimelineMarker[];
  scale: TimeScale;
  onJump: (at: number) => void;
}) {
  const { t } = useTranslation();
  const clusters = useMemo(() => clusterMarkers(markers, scale, GAP_PX), [markers, scale]);
  return (
    <div className="tl-markers" role="group" aria-label={t('timeline.markers')}>
      {clusters.map((c) => {
        const name = clusterName(t, c);
        return (
          <button
            key={c.key}
            type="button"
            tabIndex={-1}
            className={`tl-marker tl-marker--${c.kind} tl-marker--${c.row}`}
            style={{ left: `${(fractionOf(scale, c.at) * 100).toFixed(3)}%` }}
            aria-label={name}
            title={name}
            data-kind={c.kind}
            onClick={() => onJump(c.at)}
          >
            <span aria-hidden="true">{MARKER_GLYPH[c.kind]}</span>
            {c.total > 1 && (
              <span className="tl-marker__count" aria-hidden="true">
                {c.total}
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
});
