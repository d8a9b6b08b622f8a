import type { Page } from 'playwright-core';

/**
 * Opens the API's dev SMS outbox and answers the text containing `text` through its form, as the
 * contact would; returns what the page then says (the inbound webhook's status and answer). The
 * demo's job worker sends seeded texts shortly after start, so the page is reloaded until it is there.
 */
export async function replyFromSmsOutbox(
  page: Page,
  apiUrl: string,
  text: string,
  reply: string,
): Promise<string> {
  const row = page.locator('tr', { hasText: text });
  for (let attempt = 0; attempt < 30 && (await row.count()) === 0; attempt++) {
    await page.goto(`${apiUrl}/dev/mailbox/sms`);
    if ((await row.count()) === 0) await page.waitForTimeout(500);
  }
  await row.getByRole('textbox').fill(reply);
  await Promise.all([page.waitForNavigation(), row.getByRole('button').click()]);
  return page.locator('body').innerText();
}
