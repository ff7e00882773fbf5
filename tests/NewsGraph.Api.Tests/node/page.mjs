// Opens URL (argv[2]) in Debian's chromium, waits until the page sets window.testResult, saves a screenshot to argv[3]
// and prints that result as JSON — or exits non-zero with the reason.
import { launch } from './chromium.mjs';

const [url, screenshot] = process.argv.slice(2);
const context = await launch();
const errors = [];
try {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => window.testResult !== undefined, null, { timeout: 60000 });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(JSON.stringify(await page.evaluate(() => window.testResult)));
} catch (error) {
  console.error(`page test failed: ${error.message}; page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await context.close();
}
