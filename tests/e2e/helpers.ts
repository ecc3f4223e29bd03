// Shared helpers of the end-to-end tests: a `test` that fails on any console error, and readers of what the
// page shows (lanes, pod tiles, header counts) found by accessible names, never by fixed sleeps.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** A pod tile as the stage shows it: the accessible name is `<pod name> <STATUS>`. */
export interface TileState {
  name: string;
  status: string;
}

/** One ReplicaSet lane as the stage shows it (counts are kubectl get rs' DESIRED / CURRENT / READY). */
export interface LaneState {
  name: string;
  revision: number;
  /** undefined when the lane is collapsed (scaled to zero: no counts drawn) */
  desired?: number;
  current?: number;
  ready?: number;
  collapsed: boolean;
  pods: TileState[];
}

/** Console errors and uncaught page errors seen during a test (checked after each test). */
export interface ConsoleLog {
  errors: string[];
}

/**
 * The project's `test`: every test fails if the page logged a console error or threw, and the app opens with
 * its default Deployment loaded.
 */
export const test = base.extend<{ consoleLog: ConsoleLog }>({
  consoleLog: [
    async ({ page }, use) => {
      const log: ConsoleLog = { errors: [] };
      page.on('console', (m) => {
        if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
      await use(log);
      expect(log.errors, 'no console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** A pod tile's accessible name: `<deployment>-<hash>-<5 chars> <STATUS>`. */
export const TILE = /^nginx-deployment-[a-z0-9]+-[a-z0-9]{5} \S+$/;
/** The ReplicaSet lanes: `ReplicaSet <name> revision <n>`. */
export const LANE = /^ReplicaSet \S+ revision \d+$/;

/** Open the app and wait until the seed Deployment shows 3 running pods. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3, {
    timeout: 20_000,
  });
}

/** Choose a playback speed by its radio's name (`0.25×` … `16×`, `Fastest`). */
export async function setSpeed(page: Page, speed: string): Promise<void> {
  const radio = page.getByRole('radio', { name: speed, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}

/** Pause or resume simulated time with the transport's Play / Pause button. */
export async function setPlaying(page: Page, playing: boolean): Promise<void> {
  const button = page.getByRole('button', { name: playing ? 'Play' : 'Pause', exact: true });
  if (await button.isVisible()) await button.click();
  await expect(page.getByRole('button', { name: playing ? 'Pause' : 'Play', exact: true })).toBeVisible();
}

/** The Image input (a combobox: it offers the catalogue through a datalist). */
export function imageInput(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Image', exact: true });
}

/** Type an image and press Set image (`kubectl set image …`). */
export async function setImage(page: Page, image: string): Promise<void> {
  await imageInput(page).fill(image);
  await page.getByRole('button', { name: 'Set image', exact: true }).click();
  await expect(lastCommand(page)).toContainText(`image updated`);
}

/** The controls' echo of the last command and its kubectl output. */
export function lastCommand(page: Page): Locator {
  return page.getByRole('status', { name: 'Last command' });
}

/** A lane by ReplicaSet name or revision. */
export function lane(page: Page, by: { name?: string; revision?: number }): Locator {
  const name = by.name ?? '\\S+';
  const revision = by.revision === undefined ? '\\d+' : String(by.revision);
  return page.getByRole('group', { name: new RegExp(`^ReplicaSet ${name} revision ${revision}$`) });
}

/** Pod tiles inside a locator, optionally only those with one of the STATUS words. */
export function tiles(scope: Locator | Page, ...statuses: string[]): Locator {
  const status = statuses.length === 0 ? '\\S+' : `(?:${statuses.join('|')})`;
  return scope.getByRole('button', { name: new RegExp(`^nginx-deployment-\\S+ ${status}$`) });
}

/** A header count (READY, UP-TO-DATE, AVAILABLE) as `kubectl get deployment` prints it. */
export function headerCount(page: Page, column: 'READY' | 'UP-TO-DATE' | 'AVAILABLE'): Locator {
  return page
    .getByRole('banner')
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${column}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** The condition chip of a type (`Available`, `Progressing`); its accessible name is the condition message. */
export function conditionChip(page: Page, type: string): Locator {
  return page
    .getByRole('list', { name: 'Conditions' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${type}\\s`) });
}

/** In-page reader of every lane (runs in the browser: keep it self-contained). */
function readLanesInPage(): LaneState[] {
  const groups = [...document.querySelectorAll('[role="group"][aria-label^="ReplicaSet "]')];
  return groups.map((g) => {
    const m = /^ReplicaSet (\S+) revision (\d+)$/.exec(g.getAttribute('aria-label') ?? '');
    const name = m?.[1] ?? '';
    const counts: Record<string, number> = {};
    for (const dt of g.querySelectorAll('dt')) {
      const dd = dt.nextElementSibling;
      if (dd?.tagName === 'DD') counts[dt.textContent?.trim() ?? ''] = Number(dd.textContent);
    }
    const pods = [...g.querySelectorAll('button[aria-label]')]
      .map((b) => b.getAttribute('aria-label') ?? '')
      .filter((l) => l.startsWith(`${name}-`))
      .map((l) => ({ name: l.slice(0, l.lastIndexOf(' ')), status: l.slice(l.lastIndexOf(' ') + 1) }));
    return {
      name,
      revision: Number(m?.[2] ?? -1),
      desired: counts.DESIRED,
      current: counts.CURRENT,
      ready: counts.READY,
      collapsed: !('DESIRED' in counts),
      pods,
    };
  });
}

/** Every lane the stage shows now, oldest revision first. */
export function readLanes(page: Page): Promise<LaneState[]> {
  return page.evaluate(readLanesInPage);
}

/**
 * Record the lanes at every animation frame in which they changed (the worker sends at most one frame per
 * animation tick, so nothing the user could see is missed). Stop with `stopLaneTrace`.
 */
export async function startLaneTrace(page: Page): Promise<void> {
  await page.evaluate((reader: string) => {
    const read = new Function(`return (${reader})()`) as () => unknown;
    const w = window as unknown as { __laneTrace: unknown[]; __laneTraceOn: boolean };
    w.__laneTrace = [];
    w.__laneTraceOn = true;
    let last = '';
    const sample = () => {
      if (!w.__laneTraceOn) return;
      const lanes = read();
      const key = JSON.stringify(lanes);
      if (key !== last) {
        last = key;
        w.__laneTrace.push(lanes);
      }
      requestAnimationFrame(sample);
    };
    sample();
  }, readLanesInPage.toString());
}

/** Stop recording and return the distinct lane states seen, in order. */
export function stopLaneTrace(page: Page): Promise<LaneState[][]> {
  return page.evaluate(() => {
    const w = window as unknown as { __laneTrace: LaneState[][]; __laneTraceOn: boolean };
    w.__laneTraceOn = false;
    return w.__laneTrace;
  });
}

/** Simulated seconds shown by the transport clock (`m:ss` or `h:mm:ss`). */
export async function simulatedSeconds(page: Page): Promise<number> {
  const text = await page.getByRole('status', { name: 'Simulated time' }).innerText();
  // `1:05`, or `1:05 of 2:15` (the playhead of the furthest instant) — the first clock is the playhead.
  const clock = /\d+(?::\d\d)+/.exec(text)?.[0] ?? 'NaN';
  return clock.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

/** Wait until at least `seconds` of simulated time have passed from now. */
export async function waitSimulated(page: Page, seconds: number, timeout = 30_000): Promise<void> {
  const start = await simulatedSeconds(page);
  await expect.poll(() => simulatedSeconds(page), { timeout }).toBeGreaterThanOrEqual(start + seconds);
}

/** Where key states are saved as 1280×720 PNGs; only rewritten when E2E_SCREENSHOTS=1 (they are committed). */
const SHOTS = process.env.E2E_SCREENSHOTS === '1' ? 'tests/e2e/screenshots' : 'test-results/screenshots';

/** Wait until the stage's lanes and tiles stop moving (motion animates them with springs). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const boxes = () =>
          [...document.querySelectorAll('[role="group"], .stage button')]
            .map((e) => {
              const r = e.getBoundingClientRect();
              return `${r.x},${r.y},${r.width},${r.height},${getComputedStyle(e).opacity}`;
            })
            .join(';');
        const a = boxes();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(boxes() === a)));
      }),
    undefined,
    { timeout: 10_000 },
  );
}

/** Save a screenshot of the viewport under a stable name, once the stage is still. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
