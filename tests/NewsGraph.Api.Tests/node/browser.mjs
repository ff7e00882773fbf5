// Opens the IDE at URL (argv[2]) in Debian's chromium, replaces the editor's text with the document argv[4] (whose
// operation is named argv[5]), runs it, saves a screenshot to argv[3] and prints the response and what the page shows
// as JSON — or exits non-zero with the reason.
import { launch } from './chromium.mjs';

const [url, screenshot, document, operation] = process.argv.slice(2);
const context = await launch();
const errors = [];
let page;
try {
  page = await controlledPage(context, url);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.getByText('Create Document').click({ timeout: 120000 });
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ timeout: 60000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(document);
  const answered = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/graphql' && response.request().method() === 'POST'
      && (response.request().postData() ?? '').includes(operation),
    { timeout: 60000 });
  await page.locator('button', { hasText: /^Run$/ }).first().click();
  const response = await answered;
  const body = await response.json();
  await page.waitForFunction(() => window.document.body.innerText.includes('"data"'), null, { timeout: 60000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  const shown = await page.evaluate(() => window.document.body.innerText);
  console.log(JSON.stringify({
    status: response.status(), sent: response.request().postDataJSON(), body, shown, pageErrors: errors,
  }));
} catch (error) {
  await (page ?? context.pages()[0])?.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  console.error(`browser test failed: ${error.message}; page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await context.close();
}

// The IDE installs a service worker on the first visit and reloads itself once the worker takes control, throwing
// away whatever was typed. So: let a first page install the worker, then work in a page it controls from the start.
async function controlledPage(browser, address) {
  const first = await browser.newPage();
  await first.goto(address);
  const deadline = Date.now() + 120000;
  while (!(await first.evaluate(() => navigator.serviceWorker?.controller != null).catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the IDE\'s service worker never took control of the page');
    await first.waitForTimeout(250);
  }
  await first.close();
  const controlled = await browser.newPage();
  await controlled.goto(address);
  return controlled;
}
