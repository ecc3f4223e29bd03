// The shape of each pod state, so states differ without colour: dashed (Pending), spinner
// (ContainerCreating), half fill (Running, not ready), outline (Ready, waiting minReadySeconds), solid
// (Available), warning sign (image pull errors), retry arrow (CrashLoopBackOff), faded bar (Terminating).
import type { PodVisualState } from '../../worker/protocol';

const R = 10;
const RING = 14.5;
const RING_LENGTH = 2 * Math.PI * RING;

function Shape({ state }: { state: PodVisualState }) {
  switch (state) {
    case 'pending':
      return (
        <circle
          cx="16"
          cy="16"
          r={R}
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeDasharray="3 3"
        />
      );
    case 'creating':
      return (
        <g>
          <circle
            cx="16"
            cy="16"
            r={R}
            fill="none"
            stroke="currentColor"
            strokeOpacity="0.3"
            strokeWidth="2"
          />
          <path
            className="glyph-spin"
            d="M16 6 A10 10 0 0 1 26 16"
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
            strokeLinecap="round"
          />
        </g>
      );
    case 'running':
      return (
        <g>
          <circle cx="16" cy="16" r={R} fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M16 6 A10 10 0 0 0 16 26 Z" fill="currentColor" />
        </g>
      );
    case 'ready':
      return (
        <g>
          <circle cx="16" cy="16" r={R} fill="none" stroke="currentColor" strokeWidth="3" />
          <circle cx="16" cy="16" r="3" fill="currentColor" />
        </g>
      );
    case 'available':
      return (
        <g>
          <circle cx="16" cy="16" r={R + 1} fill="currentColor" />
          <path
            d="M11 16.5 L14.5 20 L21 12.5"
            fill="none"
            stroke="var(--glyph-contrast)"
            strokeWidth="2.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      );
    case 'pullError':
      return (
        <g>
          <path d="M16 5 L27 25 L5 25 Z" fill="currentColor" strokeLinejoin="round" />
          <path d="M16 11.5 V18" stroke="var(--glyph-contrast)" strokeWidth="2.4" strokeLinecap="round" />
          <circle cx="16" cy="21.8" r="1.4" fill="var(--glyph-contrast)" />
        </g>
      );
    case 'crashLoop':
      return (
        <g fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M24 12 A9 9 0 1 0 25 18" />
          <path d="M24.5 6.5 L24 12 L18.5 11.5" />
        </g>
      );
    case 'terminating':
      return (
        <g opacity="0.6">
          <circle
            cx="16"
            cy="16"
            r={R}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeDasharray="1 2.5"
          />
          <path d="M10.5 16 H21.5" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" />
        </g>
      );
  }
}

/** A pod's glyph; `fraction` (0–1, remaining share of a countdown) draws the countdown ring around it. */
export function PodGlyph({
  state,
  fraction,
  size = 32,
}: {
  state: PodVisualState;
  fraction?: number;
  size?: number;
}) {
  return (
    <svg
      className="pod-glyph"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <Shape state={state} />
      {fraction !== undefined && (
        <circle
          className="pod-ring"
          cx="16"
          cy="16"
          r={RING}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeDasharray={RING_LENGTH}
          strokeDashoffset={RING_LENGTH * (1 - Math.min(1, Math.max(0, fraction)))}
          transform="rotate(-90 16 16)"
        />
      )}
    </svg>
  );
}
