// The classroom in real Chromium: languages, following lesson 2 to its end with its checkpoints, share links
// (the same state at the same instant in a fresh page; a tampered link), a reload restoring the run, and axe
// scans of the main view, presenter mode and a lesson.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, openApp, readLanes, screenshot, setPlaying, setSpeed, test } from './helpers';

const lessonPanel = (page: Page) => page.getByRole('region', { name: 'Lesson' });

/** The stage as text: every lane and pod tile (names carry the STATUS), plus the timeline's clock. */
async function stageState(page: Page) {
  const lanes = await readLanes(page);
  const clock = await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext');
  return {
    clock,
    lanes: lanes.map((l) => ({ ...l, pods: [...l.pods].sort((a, b) => a.name.localeCompare(b.name)) })),
  };
}

/** Run a command in the terminal as typed. */
async function typeCommand(page: Page, line: string) {
  const input = page.getByRole('textbox', { name: 'kubectl command' });
  await input.focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/**
 * Serious and critical axe violations. Two regions other features own are left to their checks
 * (tests/e2e/a11y.spec.ts): the terminal's dim banner text and the events list's scroll container.
 */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).exclude('.xterm').exclude('.inspect-events').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('switch to Chinese and back', async ({ page }) => {
  await openApp(page);
  const language = page.getByRole('combobox', { name: 'Language' });
  await language.selectOption({ label: '中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('发布实验室');
  await expect(page.getByRole('button', { name: '课程' })).toBeVisible();
  // kubectl output stays English
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3);
  await screenshot(page, 'classroom-zh');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Lessons' })).toBeVisible();
});

/** Run every command of the step shown (waiting while the terminal is busy), answer its checkpoint. */
async function doStep(page: Page, panel: Locator, answers: Record<string, string>) {
  const runs = panel.getByRole('button', { name: /^Run kubectl / });
  const n = await runs.count();
  for (let i = 0; i < n; i++) {
    const run = runs.nth(i);
    await expect(run).toBeEnabled({ timeout: 60_000 });
    if (!(await run.textContent())?.includes('Ran')) await run.click();
    await expect(run).toContainText('Ran', { timeout: 30_000 });
  }
  const checkpoint = panel.getByRole('region', { name: 'Predict what happens next' });
  if (await checkpoint.isVisible()) {
    const title = (await panel.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await checkpoint.getByRole('radio', { name: answers[title] ?? '' }).check();
    await checkpoint.getByRole('button', { name: 'Check' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Right.' })).toBeVisible();
    const play = panel.getByRole('button', { name: 'Play and see' });
    if (await play.isVisible()) await play.click();
  }
}

test('follow lesson 2 to its end, answering its checkpoints', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByRole('button', { name: 'Lessons' }).click();
  const panel = lessonPanel(page);
  await panel.getByRole('button', { name: /^Start: 2\. A bad image/ }).click();
  await setSpeed(page, '16×');
  const answers = {
    'A typo in the tag': 'None is removed: the old ReplicaSet keeps 3',
    'The deadline': 'It reports the failure and changes nothing else',
    'Before undoing': '1, 3, 4',
  };
  for (let step = 1; step <= 11; step++) {
    await expect(panel.getByText(`Step ${step} of 11`)).toBeVisible();
    await doStep(page, panel, answers);
    if (step === 3) await screenshot(page, 'classroom-lesson2-checkpoint');
    if (step < 11) await panel.getByRole('button', { name: 'Next' }).click();
  }
  // the end: undo --to-revision=1 renumbered revision 1 as 5, with revisions 3, 4, 5 left
  await expect(page.getByRole('group', { name: /^ReplicaSet \S+ revision 5$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3, {
    timeout: 30_000,
  });
  await panel.getByRole('button', { name: 'Finish' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: '2. A bad image' })).toContainText('Done');
});

test('a share link opens the same state at the same instant in a fresh page', async ({ page, browser }) => {
  await openApp(page);
  await setSpeed(page, '4×');
  await typeCommand(page, 'kubectl set image deployment/nginx-deployment nginx=nginx:1.16.1');
  await expect(page.getByRole('group', { name: /^ReplicaSet \S+ revision 2$/ })).toBeVisible();
  await page.waitForTimeout(800);
  await setPlaying(page, false);
  const before = await stageState(page);
  expect(before.lanes.length).toBe(2);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(url).toMatch(/#run=1\./);
  expect(url.length).toBeLessThan(4000);
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('group', { name: /^ReplicaSet \S+ revision 2$/ })).toBeVisible();
  await expect.poll(() => stageState(fresh)).toEqual(before);
  // the address no longer carries the run (a reload continues the saved run instead)
  expect(fresh.url()).not.toContain('#run=');
  await fresh.close();
});

test('a tampered link shows a clear message and the default scene', async ({ page }) => {
  const scripts: string[] = [];
  page.on('dialog', (d) => {
    scripts.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  await setPlaying(page, false);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  const tampered = url.slice(0, -12) + (url.at(-12) === 'A' ? 'B' : 'A') + url.slice(-11);
  const other = await page.context().newPage();
  await other.goto(tampered);
  await expect(other.getByRole('alert')).toContainText('This link is damaged or incomplete');
  await expect(other.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3, {
    timeout: 20_000,
  });
  // (a fragment-only change does not reload: open each link from a blank page)
  await other.goto('about:blank');
  await other.goto('/#run=1.x.%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(other.getByRole('alert')).toContainText('This link is damaged or incomplete');
  await other.goto('about:blank');
  await other.goto(`/#run=1.abc.${'A'.repeat(70_000)}`);
  await expect(other.getByRole('alert')).toContainText('This link is too large to open safely');
  expect(scripts).toEqual([]);
});

test('a reload restores the run', async ({ page }) => {
  await openApp(page);
  await setSpeed(page, '4×');
  await typeCommand(page, 'kubectl scale deployment/nginx-deployment --replicas=5');
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(5, {
    timeout: 20_000,
  });
  await setPlaying(page, false);
  const before = await stageState(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Your previous run was restored' })).toBeVisible();
  await expect.poll(() => stageState(page)).toEqual(before);
  // Reset goes back to the default scene
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('button', { name: 'Reset the run' }).click();
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3, {
    timeout: 20_000,
  });
});

test('axe: no serious or critical violations in the main view, presenter mode and a lesson', async ({
  page,
}) => {
  await openApp(page);
  await setPlaying(page, false);
  expect(await axe(page), 'main view').toEqual([]);
  await page.getByRole('button', { name: 'Lessons' }).click();
  await lessonPanel(page)
    .getByRole('button', { name: /^Start: 1\./ })
    .click();
  await expect(lessonPanel(page).getByText('Step 1 of 9')).toBeVisible();
  // lesson 1 starts from an empty cluster: wait until the old lanes have faded out
  await expect(page.getByRole('group', { name: /^ReplicaSet / })).toHaveCount(0);
  await screenshot(page, 'classroom-lesson1');
  expect(await axe(page), 'lesson').toEqual([]);
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();
  await lessonPanel(page).getByRole('button', { name: 'Next' }).click();
  await expect(lessonPanel(page).getByRole('region', { name: 'Predict what happens next' })).toBeVisible();
  expect(await axe(page), 'checkpoint').toEqual([]);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('p');
  await expect(page.locator('html')).toHaveAttribute('data-view', 'presenter');
  await expect(page.getByRole('navigation', { name: 'Classroom' })).toHaveCount(0);
  await screenshot(page, 'classroom-presenter');
  expect(await axe(page), 'presenter').toEqual([]);
});

test('the offline file has the lessons and both languages (bundled, nothing fetched)', async ({ page }) => {
  const file = resolve('dist-offline/index.html');
  test.skip(!existsSync(file), 'run `npm run build:offline` first (npm test builds it)');
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) outside.push(r.url());
  });
  await page.goto(`${pathToFileURL(file).href}?lang=zh`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '课程' }).click();
  const panel = page.getByRole('region', { name: '课程' });
  await panel.getByRole('button', { name: /^开始：1\./ }).click();
  await expect(panel.getByText('第 1 步，共 9 步')).toBeVisible();
  await panel.getByRole('button', { name: '运行 kubectl get deployments' }).click();
  await expect(panel.getByRole('button', { name: '运行 kubectl get deployments' })).toContainText('已运行');
  expect(outside).toEqual([]);
});
