// The rollout controls in real Chromium: pause with batched template edits then one new revision on resume,
// roll back renumbering the old ReplicaSet (spec §8, §9.1), and the API server's validation message inline for
// maxSurge = maxUnavailable = 0 (spec §18).
import {
  conditionChip,
  expect,
  headerCount,
  lane,
  LANE,
  lastCommand,
  openApp,
  readLanes,
  screenshot,
  setImage,
  setPlaying,
  setSpeed,
  startLaneTrace,
  stopLaneTrace,
  test,
  tiles,
  waitSimulated,
} from './helpers';

test('pause, two edits, resume: exactly one new revision with the last template', async ({ page }) => {
  await openApp(page);
  await setSpeed(page, '16×');
  await page.getByRole('button', { name: 'Pause rollout', exact: true }).click();
  await expect(lastCommand(page)).toContainText('deployment.apps/nginx-deployment paused');
  await expect(page.getByRole('banner').getByText('Paused', { exact: true })).toBeVisible();
  await expect(conditionChip(page, 'Progressing')).toContainText('DeploymentPaused');
  await expect(page.getByRole('button', { name: 'Pause rollout', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Resume rollout', exact: true })).toBeEnabled();

  await startLaneTrace(page);
  await setImage(page, 'nginx:1.16.1');
  await setImage(page, 'nginx:1.25.5');
  // Template edits accumulate while paused: no ReplicaSet is created however long we wait.
  await waitSimulated(page, 30);
  await expect(page.getByRole('group', { name: LANE })).toHaveCount(1);
  await expect(tiles(lane(page, { revision: 1 }), 'Running')).toHaveCount(3);
  await expect(headerCount(page, 'UP-TO-DATE')).toHaveText('0');

  await page.getByRole('button', { name: 'Resume rollout', exact: true }).click();
  await expect(lastCommand(page)).toContainText('deployment.apps/nginx-deployment resumed');
  const next = lane(page, { revision: 2 });
  await expect(next).toContainText('nginx:1.25.5');
  await expect(tiles(next, 'Running')).toHaveCount(3, { timeout: 30_000 });
  await expect(lane(page, { revision: 1 })).toContainText('scaled to 0', { timeout: 30_000 });
  const trace = await stopLaneTrace(page);

  const names = new Set(trace.flatMap((lanes) => lanes.map((l) => l.name)));
  expect(names.size, 'one ReplicaSet before, exactly one new one after resume').toBe(2);
  expect(trace.flat().every((l) => l.revision <= 2)).toBe(true);
  await expect(page.getByRole('group', { name: LANE })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Stage' })).not.toContainText('nginx:1.16.1');
  await expect(page.getByRole('banner').getByText('Paused', { exact: true })).toHaveCount(0);
});

test('roll back: the old ReplicaSet becomes the new one with a higher revision', async ({ page }) => {
  await openApp(page);
  const [first] = await readLanes(page);
  await setSpeed(page, '16×');
  await setImage(page, 'nginx:1.16.1');
  await expect(tiles(lane(page, { revision: 2 }), 'Running')).toHaveCount(3, { timeout: 30_000 });
  await expect(lane(page, { name: first!.name, revision: 1 })).toContainText('scaled to 0', {
    timeout: 30_000,
  });
  const [, second] = await readLanes(page);

  await expect(page.getByRole('combobox', { name: 'Roll back to' })).toHaveValue('previous');
  await page.getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(lastCommand(page)).toContainText('deployment.apps/nginx-deployment rolled back');
  // Spec §9.1: no new ReplicaSet; the first one is renumbered 1 → 3 and shows its former number.
  const renumbered = lane(page, { name: first!.name, revision: 3 });
  await expect(renumbered).toBeVisible();
  await expect(renumbered).toContainText('(was 1)');
  await expect(renumbered).toContainText('nginx:1.14.2');
  await expect(lane(page, { name: first!.name, revision: 1 })).toHaveCount(0);
  await expect(tiles(renumbered, 'Running')).toHaveCount(3, { timeout: 30_000 });
  await expect(lane(page, { name: second!.name, revision: 2 })).toContainText('scaled to 0', {
    timeout: 30_000,
  });
  const lanes = await readLanes(page);
  expect(lanes.map((l) => [l.name, l.revision, l.collapsed])).toEqual([
    [second!.name, 2, true],
    [first!.name, 3, false],
  ]);
  await expect(page.getByRole('combobox', { name: 'Image', exact: true })).toHaveValue('nginx:1.14.2');
  await expect(headerCount(page, 'READY')).toHaveText('3/3');
  await expect(headerCount(page, 'UP-TO-DATE')).toHaveText('3');
  await setPlaying(page, false);
  await screenshot(page, 'after-rollback');
});

test('roll back is refused while paused, with kubectl’s words', async ({ page }) => {
  await openApp(page);
  await setSpeed(page, '16×');
  await setImage(page, 'nginx:1.16.1');
  await expect(tiles(lane(page, { revision: 2 }), 'Running')).toHaveCount(3, { timeout: 30_000 });
  await page.getByRole('button', { name: 'Pause rollout', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Roll back', exact: true })).toHaveAccessibleDescription(
    /kubectl refuses to roll back a paused Deployment/,
  );
  await page.getByRole('button', { name: 'Roll back', exact: true }).click();
  await expect(lastCommand(page)).toContainText(
    "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
  );
  await expect(lane(page, { revision: 2 })).toBeVisible();
  await expect(lane(page, { revision: 3 })).toHaveCount(0);
});

test('max surge 0 and max unavailable 0 shows the API server’s validation message inline', async ({
  page,
}) => {
  await openApp(page);
  const message =
    'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0';
  const surge = page.getByRole('textbox', { name: 'Max surge', exact: true });
  const unavailable = page.getByRole('textbox', { name: 'Max unavailable', exact: true });
  await surge.fill('0');
  await unavailable.fill('0');
  const alert = page.getByRole('alert').filter({ hasText: 'may not be 0' });
  await expect(alert).toHaveText(message);
  await expect(unavailable).toHaveAttribute('aria-invalid', 'true');
  await expect(unavailable).toHaveAccessibleDescription(message);
  await expect(surge).toHaveAttribute('aria-invalid', 'false');

  // Applying anyway gets kubectl's full error, and nothing changes.
  await page.getByRole('button', { name: 'Apply max surge and max unavailable' }).click();
  await expect(lastCommand(page)).toContainText(`The Deployment "nginx-deployment" is invalid: ${message}`);
  await expect(page.getByRole('figure', { name: /Rolling-update budget/ })).toContainText(
    'maxSurge = ceil(25% × 3) = 1',
  );

  // A valid pair clears the message.
  await surge.fill('1');
  await expect(alert).toHaveCount(0);
  await expect(unavailable).toHaveAttribute('aria-invalid', 'false');
});
