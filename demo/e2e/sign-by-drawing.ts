import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** Draws a short zig-zag stroke on the open signature dialog's canvas with the mouse. */
async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByRole('dialog').locator('canvas');
  const box = await canvas.boundingBox();
  assert.ok(box, 'the signature pad is visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (const [index, fraction] of [0.3, 0.45, 0.6, 0.75, 0.85].entries()) {
    await page.mouse.move(box.x + box.width * fraction, y + (index % 2 ? -18 : 18), { steps: 6 });
  }
  await page.mouse.up();
}

/**
 * Signs or initials one field of `<sign-session>` by drawing, as a party with a mouse does; `apply`
 * is the dialog's Apply button in the element's language.
 */
export async function drawInto(page: Page, buttonName: string, apply = 'Apply'): Promise<void> {
  await page.getByRole('button', { name: buttonName }).click();
  await drawSignature(page);
  await page.getByRole('dialog').getByRole('button', { name: apply }).click();
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(
    await page.getByRole('button', { name: buttonName }).locator('img').count(),
    1,
    `${buttonName} shows the drawn image`,
  );
}

/** Ticks the consent box of `<sign-session>` and goes on to the document once the consent is stored. */
export async function giveConsent(page: Page): Promise<void> {
  await page.getByLabel('I agree to use electronic records and signatures').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('sign-session [part~="document"]').waitFor();
}
