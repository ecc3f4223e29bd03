// The timeline in real Chromium: the `Timeline` slider scrubs back by keyboard to a mid-rollout instant (the
// stage shows that instant: both lanes with pods, within the rolling-update budget), End returns to the
// present, and acting in the past asks before discarding the future.
import type { Page } from '@playwright/test';
import {
  expect,
  lane,
  LANE,
  openApp,
  readLanes,
  setImage,
  setPlaying,
  setSpeed,
  test,
  tiles,
  type LaneState,
} from './helpers';

function slider(page: Page) {
  return page.getByRole('slider', { name: 'Timeline', exact: true });
}

/** Roll out nginx:1.16.1 to completion and stop the clock there. */
async function completedRollout(page: Page): Promise<void> {
  await openApp(page);
  await setSpeed(page, '16×');
  await setImage(page, 'nginx:1.16.1');
  await expect(tiles(lane(page, { revision: 2 }), 'Running')).toHaveCount(3, { timeout: 30_000 });
  await expect(lane(page, { revision: 1 })).toContainText('scaled to 0', { timeout: 30_000 });
  await setPlaying(page, false);
}

const bothHavePods = (lanes: LaneState[]) => lanes.length === 2 && lanes.every((l) => l.pods.length > 0);

/** Step the slider back (ArrowLeft: previous decision) until `done` holds; returns the lanes seen then. */
async function stepBackUntil(page: Page, done: (lanes: LaneState[]) => boolean): Promise<LaneState[]> {
  await slider(page).focus();
  for (let i = 0; i < 60; i++) {
    const before = await slider(page).getAttribute('aria-valuenow');
    await page.keyboard.press('ArrowLeft');
    await expect(slider(page)).not.toHaveAttribute('aria-valuenow', before ?? '');
    const lanes = await readLanes(page);
    if (done(lanes)) return lanes;
  }
  throw new Error('stepping back never reached the wanted state');
}

test('scrubbing back shows a mid-rollout instant, End returns to the present', async ({ page }) => {
  await completedRollout(page);
  const present = await slider(page).getAttribute('aria-valuetext');
  const presentNow = Number(await slider(page).getAttribute('aria-valuenow'));
  const past = await stepBackUntil(page, bothHavePods);
  expect(Number(await slider(page).getAttribute('aria-valuenow'))).toBeLessThan(presentNow);
  await expect(slider(page)).not.toHaveAttribute('aria-valuetext', present ?? '');
  // The past instant is a real state of the rollout: Σ DESIRED ≤ 3 + maxSurge 1, CURRENT = pods not Terminating.
  expect(past.reduce((n, l) => n + (l.desired ?? 0), 0)).toBeLessThanOrEqual(4);
  for (const l of past) expect(l.current).toBe(l.pods.filter((p) => p.status !== 'Terminating').length);
  // The clock on the transport follows the playhead.
  const clock = await slider(page).getAttribute('aria-valuetext');
  await expect(page.getByRole('status', { name: 'Simulated time' })).toContainText(clock!);

  await page.keyboard.press('End');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', present!);
  const lanes = await readLanes(page);
  expect(lanes.map((l) => [l.revision, l.collapsed])).toEqual([
    [1, true],
    [2, false],
  ]);
  await expect(tiles(lane(page, { revision: 2 }), 'Running')).toHaveCount(3);
});

test('acting in the past asks first: keep the future, or discard it and branch', async ({ page }) => {
  await completedRollout(page);
  await stepBackUntil(page, bothHavePods);
  const at = await slider(page).getAttribute('aria-valuetext');

  await setImageRaw(page, 'nginx:1.25.5');
  const dialog = page.getByRole('alertdialog', { name: 'Discard the future?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`The playhead is at ${at}`);
  await expect(dialog).toContainText('kubectl set image deployment/nginx-deployment nginx=nginx:1.25.5');
  // The safe answer has the focus; Escape keeps the future.
  await expect(dialog.getByRole('button', { name: 'Keep the future (cancel)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Stage' })).not.toContainText('nginx:1.25.5');
  await expect(slider(page)).toHaveAttribute('aria-valuetext', at!);

  await setImageRaw(page, 'nginx:1.25.5');
  await dialog.getByRole('button', { name: 'Discard the future and run here' }).click();
  await expect(dialog).toHaveCount(0);
  const branch = lane(page, { revision: 3 });
  await expect(branch).toContainText('nginx:1.25.5');
  await setPlaying(page, true);
  await expect(tiles(branch, 'Running')).toHaveCount(3, { timeout: 30_000 });
  await expect(page.getByRole('group', { name: LANE })).toHaveCount(3);
});

/** Type an image and press Set image, without waiting for kubectl's answer (a dialog may come first). */
async function setImageRaw(page: Page, image: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Image', exact: true }).fill(image);
  await page.getByRole('button', { name: 'Set image', exact: true }).click();
}
