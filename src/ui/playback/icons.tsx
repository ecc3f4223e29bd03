// Transport icons as inline SVG (emoji-like media glyphs are missing from many fonts). Decorative: the buttons
// carry the names.

const box = { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': true, focusable: false } as const;

/** |◀◀ */
export const JumpStartIcon = () => (
  <svg {...box}>
    <path d="M2 2h2v10H2zM13 2v10L8.5 7zM8.5 2v10L4 7z" fill="currentColor" />
  </svg>
);

/** ◀| */
export const StepBackIcon = () => (
  <svg {...box}>
    <path d="M10 2h2v10h-2zM9 2v10L2 7z" fill="currentColor" />
  </svg>
);

/** |▶ */
export const StepForwardIcon = () => (
  <svg {...box}>
    <path d="M2 2h2v10H2zM5 2v10l7-5z" fill="currentColor" />
  </svg>
);

/** ▶▶| */
export const JumpEndIcon = () => (
  <svg {...box}>
    <path d="M10 2h2v10h-2zM1 2v10l4.5-5zM5.5 2v10L10 7z" fill="currentColor" />
  </svg>
);
