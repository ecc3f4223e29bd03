// The offline single-file build (npm run build:offline → dist-offline/index.html) works from file:// with no
// network: the worker is inlined, the default Deployment runs, and an image change rolls out.
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = resolve('dist-offline/index.html');

test('the offline file runs a rollout from file:// without any network request', async ({ page }) => {
  test.skip(!existsSync(file), 'run `npm run build:offline` first (npm test builds it)');
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) outside.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await expect(page.getByRole('button', { name: /^nginx-deployment-\S+ Running$/ })).toHaveCount(3, {
    timeout: 20_000,
  });
  await page.getByLabel('Image', { exact: true }).fill('nginx:1.16.1');
  await page.getByRole('button', { name: 'Set image' }).click();
  await expect(page.getByRole('group', { name: /revision 2$/ })).toBeVisible({ timeout: 20_000 });
  await expect(
    page.getByRole('group', { name: /revision 2$/ }).getByRole('button', { name: / Running$/ }),
  ).toHaveCount(3, { timeout: 60_000 });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
