// Accessibility in real Chromium: Tab reaches every control (radio groups once, as browsers do), every
// focused control has an accessible name, and axe-core finds no serious or critical violation in the main
// view — at rest, mid-rollout with a failing image, and with the legend open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, lane, openApp, setImage, setPlaying, setSpeed, test, tiles } from './helpers';

/**
 * Mark every element a keyboard user must be able to reach: enabled, visible, focusable by Tab; of a radio
 * group only the checked radio (arrow keys move inside the group). Returns how many were marked.
 */
function markTabbables(page: Page): Promise<number> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const disabled = (el as HTMLButtonElement).disabled === true;
      const hidden = el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden';
      const skippedRadio = el instanceof HTMLInputElement && el.type === 'radio' && !el.checked;
      if (disabled || hidden || skippedRadio || el.tabIndex < 0) continue;
      el.dataset.e2eTabbable = String(n++);
    }
    return n;
  });
}

/** Interactive roles whose focus needs a name (a focusable scroll container is not a control). */
const CONTROL_ROLES =
  /^- (button|checkbox|combobox|link|listitem|radio|slider|spinbutton|switch|tab|textbox)\b/;

/**
 * Press Tab until focus comes back to a control already seen; returns the marks reached and the controls
 * whose accessible name (as Chromium's accessibility tree computes it) is empty.
 */
async function tabAround(page: Page, limit: number): Promise<{ reached: Set<string>; unnamed: string[] }> {
  const reached = new Set<string>();
  const unnamed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const mark = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return !el || el === document.body ? undefined : (el.dataset.e2eTabbable ?? `unmarked ${el.tagName}`);
    });
    if (mark === undefined) continue; // past the end of the document: the next Tab starts at the top
    if (reached.has(mark)) break;
    reached.add(mark);
    const aria = (await page.locator(':focus').ariaSnapshot()).split('\n')[0] ?? '';
    if (CONTROL_ROLES.test(aria) && !/^- \w+ "[^"]+"/.test(aria)) unnamed.push(`${mark}: ${aria}`);
    // The terminal keeps Tab for completion; Escape leaves it (no keyboard trap), and Tab goes on from there.
    if (aria.startsWith('- textbox "kubectl command"')) {
      await page.keyboard.press('Escape');
      await expect(page.locator(':focus')).toHaveCount(0);
    }
  }
  return { reached, unnamed };
}

test('Tab reaches every control, each with a name', async ({ page }) => {
  await openApp(page);
  await setPlaying(page, false);
  const count = await markTabbables(page);
  expect(count).toBeGreaterThan(15);
  const { reached, unnamed } = await tabAround(page, count + 10);
  const missing = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-e2e-tabbable]')]
        .filter((el) => !seen.includes(el.dataset.e2eTabbable!))
        .map((el) => el.outerHTML.slice(0, 120)),
    [...reached],
  );
  expect(missing, 'controls Tab never reaches').toEqual([]);
  expect(unnamed, 'focused controls without a name').toEqual([]);
  // The named controls of the design are among them.
  for (const [role, name] of [
    ['combobox', 'Image'],
    ['spinbutton', 'Replicas'],
    ['combobox', 'Strategy'],
    ['textbox', 'Max surge'],
    ['textbox', 'Max unavailable'],
    ['button', 'Pause rollout'],
    ['button', 'Roll back'],
    ['button', 'Play'],
  ] as const) {
    const el = page.getByRole(role, { name, exact: true });
    await expect(el).toHaveAttribute('data-e2e-tabbable', /\d+/);
  }
  // Space on a focused pod tile opens its describe.
  const tile = tiles(page, 'Running').first();
  const pod = ((await tile.getAttribute('aria-label')) ?? '').split(' ')[0]!;
  await tile.focus();
  await page.keyboard.press('Space');
  await expect(tile).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(new RegExp(`^Name:\\s+${pod}$`, 'm'))).toBeVisible();
});

/** Serious and critical axe violations of the page as it is now (rule id, impact, first targets). */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

test('axe-core: no serious or critical violations in the main view', async ({ page }) => {
  await openApp(page);
  await setPlaying(page, false);
  expect(await seriousViolations(page), 'at rest').toEqual([]);

  await setSpeed(page, '16×');
  await setPlaying(page, true);
  await setImage(page, 'nginx:1.231');
  await expect(tiles(lane(page, { revision: 2 }), 'ImagePullBackOff', 'ErrImagePull')).toHaveCount(1, {
    timeout: 30_000,
  });
  await setPlaying(page, false);
  await page.getByRole('button', { name: 'Legend' }).click();
  await expect(page.getByRole('list', { name: 'Pod states' })).toBeVisible();
  const tile = tiles(page, 'Running').first();
  const pod = ((await tile.getAttribute('aria-label')) ?? '').split(' ')[0]!;
  await tile.click();
  await expect(page.getByText(new RegExp(`^Name:\\s+${pod}$`, 'm'))).toBeVisible();
  expect(await seriousViolations(page), 'bad image, legend and pod details open').toEqual([]);
});
