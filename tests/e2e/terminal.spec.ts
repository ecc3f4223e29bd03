// The terminal in real Chromium: the seed article's commands typed into the `kubectl command` textbox answer
// with kubectl's output (typo included), `kubectl get rs` agrees with the stage's lanes mid-rollout, and
// `kubectl rollout status` streams its waiting lines until the rollout completes.
import type { Locator, Page } from '@playwright/test';
import { expect, lane, openApp, readLanes, setImage, setPlaying, setSpeed, test, tiles } from './helpers';

/** The terminal's input (xterm's textarea). */
function terminalInput(page: Page): Locator {
  return page.getByRole('textbox', { name: 'kubectl command', exact: true });
}

/** The accessible transcript of the terminal (plain text, no ANSI). */
function transcript(page: Page): Locator {
  return page.getByRole('log', { name: 'Terminal output' });
}

/** Type a command line and press Enter, like a learner. */
async function type(page: Page, line: string): Promise<void> {
  await terminalInput(page).focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** The output of the last run of `command` in the transcript (the lines between it and the next `$ `). */
async function outputOf(page: Page, command: string): Promise<string> {
  const text = (await transcript(page).textContent()) ?? '';
  const start = text.lastIndexOf(`$ ${command}\n`);
  expect(start, `transcript shows $ ${command}`).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start + command.length + 3);
  const next = rest.search(/^\$ /m);
  return next < 0 ? rest : rest.slice(0, next);
}

/** Opens the app and waits for the terminal (it is loaded lazily); skips while the app has none. */
async function openWithTerminal(page: Page): Promise<void> {
  await openApp(page);
  const present = await terminalInput(page)
    .waitFor({ state: 'attached', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  test.skip(!present, 'the app has no terminal (`kubectl command` textbox) yet');
  await expect(transcript(page)).toContainText('$ kubectl create -f nginx-deployment.yaml');
}

test('the seed article’s commands answer like kubectl', async ({ page }) => {
  await openWithTerminal(page);
  await type(page, 'kubectl get deployments');
  await expect(transcript(page)).toContainText(/nginx-deployment {3}3\/3 {5}3 {12}3 {11}\d+[smhd]/);
  expect(await outputOf(page, 'kubectl get deployments')).toMatch(
    /^NAME {15}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nnginx-deployment {3}3\/3 {5}3 {12}3 {11}\d+[smhd]\d*[smh]?\n$/,
  );

  await type(page, 'kubectl get rs');
  await expect(transcript(page)).toContainText(/\$ kubectl get rs\nNAME +DESIRED +CURRENT +READY +AGE\n/);
  const [only] = await readLanes(page);
  expect(await outputOf(page, 'kubectl get rs')).toMatch(
    new RegExp(
      `^NAME +DESIRED {3}CURRENT {3}READY {3}AGE\\n${only!.name} {3}3 {9}3 {9}3 {7}\\d+[smhd]\\S*\\n$`,
    ),
  );

  await type(page, 'kubectl rollout status deployment/nginx-deployment');
  await expect(transcript(page)).toContainText('deployment "nginx-deployment" successfully rolled out');
  expect(await outputOf(page, 'kubectl rollout status deployment/nginx-deployment')).toBe(
    'deployment "nginx-deployment" successfully rolled out\n',
  );

  // The article's typo, answered as kubectl v1.32 does (checked against /usr/bin/kubectl).
  await type(page, 'kubectl rollout staus deployment/nginx-deployment');
  await expect(transcript(page)).toContainText("See 'kubectl rollout -h' for help and examples");
  expect(await outputOf(page, 'kubectl rollout staus deployment/nginx-deployment')).toBe(
    'error: unknown command "staus deployment/nginx-deployment"\nSee \'kubectl rollout -h\' for help and examples\n',
  );
});

test('mid-rollout, kubectl get rs prints the numbers the lanes show', async ({ page }) => {
  await openWithTerminal(page);
  await setSpeed(page, '1×');
  await setImage(page, 'nginx:1.16.1');
  await expect(tiles(lane(page, { revision: 2 }))).toHaveCount(2, { timeout: 30_000 });
  await setPlaying(page, false);
  const lanes = await readLanes(page);
  expect(lanes).toHaveLength(2);
  await type(page, 'kubectl get rs');
  await expect(transcript(page)).toContainText(/\$ kubectl get rs\nNAME +DESIRED/);
  const rows = (await outputOf(page, 'kubectl get rs'))
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/));
  for (const l of lanes) {
    const row = rows.find((r) => r[0] === l.name);
    expect(row, `kubectl get rs lists ${l.name}`).toBeDefined();
    expect(row!.slice(1, 4).map(Number), `lane ${l.name} DESIRED/CURRENT/READY`).toEqual([
      l.desired,
      l.current,
      l.ready,
    ]);
  }
  expect(rows).toHaveLength(lanes.length);
});

test('a typed set image rolls out, and rollout status waits for it like kubectl', async ({ page }) => {
  await openWithTerminal(page);
  await setSpeed(page, '4×');
  await type(page, 'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
  await expect(transcript(page)).toContainText('deployment.apps/nginx-deployment image updated');
  await type(page, 'kubectl rollout status deployment/nginx-deployment');
  await expect(transcript(page)).toContainText('deployment "nginx-deployment" successfully rolled out', {
    timeout: 30_000,
  });
  await expect(tiles(lane(page, { revision: 2 }), 'Running')).toHaveCount(3);
  const lines = (await outputOf(page, 'kubectl rollout status deployment/nginx-deployment'))
    .trim()
    .split('\n');
  // Spec §13.1: one of the viewer's messages per watch event, the last one the success line.
  const waiting =
    /^Waiting for deployment "nginx-deployment" rollout to finish: (\d out of 3 new replicas have been updated|\d old replicas are pending termination|\d of 3 updated replicas are available)\.\.\.$/;
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line).toMatch(waiting);
  expect(lines.at(-1)).toBe('deployment "nginx-deployment" successfully rolled out');
});
