// Drives the app for the browser benchmark through its accessible names (the same ones the e2e tests use):
// speed radios, Replicas + Scale, Image + Set image, and the header's kubectl counts.
import type { Page } from '@playwright/test';

/** The header's READY / UP-TO-DATE / AVAILABLE plus the lanes drawn. */
export interface Status {
  ready: string;
  upToDate: number;
  available: number;
  lanes: number;
  /** lanes drawn as a canvas (above the pod-tile threshold) */
  canvasLanes: number;
  /** pods the stage shows: tiles, or the counts in the canvases' accessible summaries */
  pods: number;
}

/** Read the header counts and the stage (runs in the page: self-contained). */
function readStatus(): Status {
  const count = (label: string) => {
    for (const dt of document.querySelectorAll('header dt'))
      if (dt.textContent?.trim() === label) return dt.nextElementSibling?.textContent?.trim() ?? '';
    return '';
  };
  const lanes = [...document.querySelectorAll('[role="group"][aria-label^="ReplicaSet "]')];
  const canvases = [...document.querySelectorAll('canvas[role="img"]')];
  const canvasPods = canvases.reduce(
    (n, c) => n + Number(/: (\d+) pods/.exec(c.getAttribute('aria-label') ?? '')?.[1] ?? 0),
    0,
  );
  const tiles = document.querySelectorAll('button[aria-label^="nginx-deployment-"]').length;
  return {
    ready: count('READY'),
    upToDate: Number(count('UP-TO-DATE')),
    available: Number(count('AVAILABLE')),
    lanes: lanes.length,
    canvasLanes: canvases.length,
    pods: tiles + canvasPods,
  };
}

export function status(page: Page): Promise<Status> {
  return page.evaluate(readStatus);
}

/** Open the app and wait for the seed's 3 running pods. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page
    .getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })
    .nth(2)
    .waitFor({ timeout: 30_000 });
}

export async function setSpeed(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check();
}

export async function scaleTo(page: Page, replicas: number): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Replicas', exact: true }).fill(String(replicas));
  await page.getByRole('button', { name: 'Scale', exact: true }).click();
}

export async function setImage(page: Page, image: string): Promise<void> {
  await page.getByLabel('Image', { exact: true }).fill(image);
  await page.getByRole('button', { name: 'Set image', exact: true }).click();
}

/** Poll the status until `done` holds or `timeoutMs` passes; returns the last status and whether it held. */
export async function waitFor(
  page: Page,
  done: (s: Status) => boolean,
  timeoutMs: number,
  everyMs = 250,
): Promise<{ status: Status; ok: boolean }> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = await status(page);
    if (done(s)) return { status: s, ok: true };
    if (Date.now() > end) return { status: s, ok: false };
    await page.waitForTimeout(everyMs);
  }
}

/** Wait until AVAILABLE stops changing for `quietMs` (a cluster too small for every pod never completes). */
export async function waitQuiet(page: Page, quietMs: number, timeoutMs: number): Promise<Status> {
  const end = Date.now() + timeoutMs;
  let last = await status(page);
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(250);
    const s = await status(page);
    if (s.available !== last.available || s.pods !== last.pods) since = Date.now();
    last = s;
    if (Date.now() - since >= quietMs) break;
  }
  return last;
}
