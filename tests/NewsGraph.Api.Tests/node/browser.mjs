// Opens the IDE at URL (argv[2]) in Debian's chromium, replaces the editor's text with the document argv[4] (whose
// operation is named argv[5]), runs it, saves a screenshot to argv[3] and prints the response as JSON — or exits
// non-zero with the reason.
import { launch } from './chromium.mjs';

const [url, screenshot, document, operation] = process.argv.slice(2);
const context = await launch();
const errors = [];
try {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  // The IDE loads through a service worker: wait for its start page, open a document, then run ours.
  await page.getByText('Create Document').click({ timeout: 120000 });
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ timeout: 60000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(document);
  const answered = page.waitForResponse(
    (response) => response.url().endsWith('/graphql') && response.request().method() === 'POST'
      && (response.request().postData() ?? '').includes(operation),
    { timeout: 60000 });
  await page.keyboard.press('Control+Alt+Enter');
  const response = await answered;
  const body = await response.json();
  await page.waitForFunction(() => window.document.body.innerText.includes('"data"'), null, { timeout: 60000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify({ status: response.status(), body, pageErrors: errors }));
} catch (error) {
  await context.pages()[0]?.screenshot({ path: screenshot, fullPage: true }).catch(() => {});
  console.error(`browser test failed: ${error.message}; page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await context.close();
}
