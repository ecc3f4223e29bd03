// The app in real Chromium: it opens on the seed Deployment (3 × nginx:1.14.2 running), rolls out a new image
// with the lanes following kubectl's numbers (worked example A of the spec: 3 replicas, surge 1, unavailable 0),
// and shows a bad image as ImagePullBackOff with the rollout stuck and the old pods still serving.
import {
  conditionChip,
  expect,
  headerCount,
  lane,
  LANE,
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
  openApp,
  type LaneState,
} from './helpers';

test('opens on the running seed Deployment: 3 ready pods in one lane, READY 3/3', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Rollout Lab · deployment/nginx-deployment',
  );
  const lanes = page.getByRole('group', { name: LANE });
  await expect(lanes).toHaveCount(1);
  await expect(lanes).toHaveAccessibleName(/^ReplicaSet nginx-deployment-[a-z0-9]+ revision 1$/);
  await expect(tiles(lanes, 'Running')).toHaveCount(3);
  await expect(lanes).toContainText('nginx:1.14.2');
  await expect(headerCount(page, 'READY')).toHaveText('3/3');
  await expect(headerCount(page, 'UP-TO-DATE')).toHaveText('3');
  await expect(headerCount(page, 'AVAILABLE')).toHaveText('3');
  await expect(conditionChip(page, 'Available')).toContainText('MinimumReplicasAvailable');
  await expect(conditionChip(page, 'Progressing')).toContainText('NewReplicaSetAvailable');
  await expect(page.getByRole('combobox', { name: 'Image', exact: true })).toHaveValue('nginx:1.14.2');
  await expect(page.getByRole('spinbutton', { name: 'Replicas', exact: true })).toHaveValue('3');
  await expect(page.getByRole('combobox', { name: 'Strategy', exact: true })).toHaveValue('RollingUpdate');
  await expect(page.getByRole('textbox', { name: 'Max surge', exact: true })).toHaveValue('25%');
  await expect(page.getByRole('textbox', { name: 'Max unavailable', exact: true })).toHaveValue('25%');
  const [only] = await readLanes(page);
  expect(only).toMatchObject({ revision: 1, desired: 3, current: 3, ready: 3, collapsed: false });
  await screenshot(page, 'initial');
});

/** Lane counts must agree with the tiles drawn: CURRENT = pods not Terminating, READY ≤ CURRENT ≤ DESIRED + 0. */
function checkLaneAgainstTiles(l: LaneState): void {
  if (l.collapsed) {
    expect(l.pods, `collapsed lane ${l.name} draws no pod`).toEqual([]);
    return;
  }
  const live = l.pods.filter((p) => p.status !== 'Terminating').length;
  expect(l.current, `lane ${l.name} CURRENT = its pods not Terminating`).toBe(live);
  expect(l.ready!).toBeLessThanOrEqual(l.current!);
}

test('changing the image grows a new ReplicaSet and shrinks the old one to 0', async ({ page }) => {
  await openApp(page);
  const [before] = await readLanes(page);
  await setSpeed(page, '16×');
  await startLaneTrace(page);
  await setImage(page, 'nginx:1.16.1');
  const newLane = lane(page, { revision: 2 });
  await expect(newLane).toContainText('nginx:1.16.1');
  await expect(tiles(newLane, 'Running')).toHaveCount(3, { timeout: 30_000 });
  const oldLane = lane(page, { name: before!.name, revision: 1 });
  await expect(oldLane).toContainText('scaled to 0', { timeout: 30_000 });
  const trace = await stopLaneTrace(page);

  // Intermediate states: at some instant both lanes have pods; the lanes' numbers obey the rolling-update
  // budget of worked example A (replicas 3, maxSurge ceil(25% × 3) = 1, maxUnavailable floor(25% × 3) = 0):
  // Σ DESIRED ≤ 3 + 1 = 4 and Σ READY ≥ 3 − 0 = 3 (minReadySeconds 0: ready pods are available).
  const both = trace.filter((s) => s.length === 2 && s.every((l) => l.pods.length > 0));
  expect(both.length, 'some frame shows pods in both lanes').toBeGreaterThan(0);
  const pairs: string[] = [];
  for (const lanes of trace) {
    for (const l of lanes) checkLaneAgainstTiles(l);
    if (lanes.length !== 2) continue;
    const [old, neu] = lanes as [LaneState, LaneState];
    expect(old.name).toBe(before!.name);
    const oldDesired = old.desired ?? 0;
    const newDesired = neu.desired ?? 0;
    expect(oldDesired + newDesired, 'Σ DESIRED ≤ replicas + maxSurge').toBeLessThanOrEqual(4);
    expect((old.ready ?? 0) + (neu.ready ?? 0), 'Σ READY ≥ replicas − maxUnavailable').toBeGreaterThanOrEqual(
      3,
    );
    const pair = `${oldDesired}/${newDesired}`;
    if (pairs.at(-1) !== pair) pairs.push(pair);
  }
  // The spec's table: old/new DESIRED go 3/1 → 2/1 → 2/2 → 1/2 → 1/3 → 0/3 (a frame may show two syncs at once).
  const example = ['3/1', '2/1', '2/2', '1/2', '1/3', '0/3'];
  let at = 0;
  for (const p of pairs) {
    const i = example.indexOf(p, at);
    expect(i, `DESIRED pairs ${pairs.join(' → ')} follow ${example.join(' → ')}`).toBeGreaterThanOrEqual(0);
    at = i;
  }
  expect(pairs.at(-1)).toBe('0/3');

  // Final state: the old lane is collapsed but present (it keeps its revision for roll back).
  const after = await readLanes(page);
  expect(after.map((l) => [l.revision, l.collapsed, l.desired])).toEqual([
    [1, true, undefined],
    [2, false, 3],
  ]);
  expect(after[1]).toMatchObject({ current: 3, ready: 3 });
  await expect(page.getByRole('group', { name: LANE })).toHaveCount(2);
  await expect(headerCount(page, 'READY')).toHaveText('3/3');
  await expect(headerCount(page, 'UP-TO-DATE')).toHaveText('3');
  await expect(conditionChip(page, 'Progressing')).toContainText('NewReplicaSetAvailable');
});

test('a mid-rollout pause shows both lanes with pods (screenshot)', async ({ page }) => {
  await openApp(page);
  await setSpeed(page, '1×');
  await setImage(page, 'nginx:1.16.1');
  // Wait for the moment the first new pod counts and the old ReplicaSet has started shrinking.
  await expect(tiles(lane(page, { revision: 2 }))).toHaveCount(2, { timeout: 30_000 });
  await setPlaying(page, false);
  const lanes = await readLanes(page);
  expect(lanes).toHaveLength(2);
  expect(lanes.every((l) => l.pods.length > 0)).toBe(true);
  for (const l of lanes) checkLaneAgainstTiles(l);
  await screenshot(page, 'mid-rollout');
});

test('a bad image shows ImagePullBackOff and the rollout stays stuck with the old pods running', async ({
  page,
}) => {
  await openApp(page);
  await setSpeed(page, '16×');
  await setImage(page, 'nginx:1.231');
  const bad = lane(page, { revision: 2 });
  await expect(bad).toContainText('nginx:1.231');
  await expect(tiles(bad, 'ImagePullBackOff', 'ErrImagePull')).toHaveCount(1, { timeout: 30_000 });
  await expect(tiles(bad, 'ImagePullBackOff')).toHaveCount(1, { timeout: 30_000 });
  // Let a simulated minute pass: nothing moves (maxUnavailable 0 keeps all 3 old pods; surge 1 allows 1 new).
  await waitSimulated(page, 60);
  const old = lane(page, { revision: 1 });
  await expect(tiles(old, 'Running')).toHaveCount(3);
  await expect(tiles(bad)).toHaveCount(1);
  await expect(tiles(bad, 'Running')).toHaveCount(0);
  const lanes = await readLanes(page);
  expect(lanes.map((l) => [l.revision, l.desired, l.current, l.ready])).toEqual([
    [1, 3, 3, 3],
    [2, 1, 1, 0],
  ]);
  await expect(headerCount(page, 'READY')).toHaveText('3/3');
  await expect(headerCount(page, 'UP-TO-DATE')).toHaveText('1');
  await expect(headerCount(page, 'AVAILABLE')).toHaveText('3');
  // Progressing stays True/ReplicaSetUpdated (the deadline is 600 s): not complete.
  await expect(conditionChip(page, 'Progressing')).toContainText('ReplicaSetUpdated');
  await expect(conditionChip(page, 'Progressing')).not.toContainText('NewReplicaSetAvailable');
  // Freeze a moment that shows the back-off (the kubelet alternates ErrImagePull and ImagePullBackOff).
  await expect(tiles(bad, 'ImagePullBackOff')).toHaveCount(1, { timeout: 30_000 });
  await setPlaying(page, false);
  await screenshot(page, 'image-pull-backoff');
});
