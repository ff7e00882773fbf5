// Opens the dashboard at URL (argv[2]), checks that its charts render, searches for argv[4], opens the claim whose
// speaker is argv[5], waits for its propagation graph and timeline, saves screenshots to the folder argv[3] and
// prints what the page shows as JSON — or exits non-zero with the reason.
import { launch } from './chromium.mjs';
import { join } from 'node:path';

const [url, folder, text, speaker] = process.argv.slice(2);
const context = await launch({ width: 1600, height: 1100 });
const errors = [];
try {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#charts svg rect.bar').length > 0, null, { timeout: 60000 });
  await page.screenshot({ path: join(folder, 'dashboard-overview.png'), fullPage: true });

  await page.fill('#search', text);
  await page.press('#search', 'Enter');
  const result = page.locator('#results li.claim-item', { hasText: speaker }).first();
  await result.waitFor({ timeout: 60000 });
  await result.click();
  await page.waitForFunction(() => window.newsgraph.cy && window.newsgraph.cy.nodes('.article').length > 0
    && document.querySelectorAll('#timeline circle.relay').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(folder, 'dashboard-propagation.png'), fullPage: true });

  const shown = await page.evaluate(() => ({
    results: [...document.querySelectorAll('#results li')].map((li) => li.textContent),
    speaker: window.newsgraph.cy.nodes('.speaker').map((n) => n.data('label')),
    channel: window.newsgraph.cy.nodes('.channel').map((n) => n.data('label')),
    outlets: window.newsgraph.cy.nodes('.outlet').map((n) => ({ label: n.data('label'), articles: n.children().length })),
    articles: window.newsgraph.cy.nodes('.article').map((n) => ({ relayer: n.data('relayer'), altered: n.hasClass('altered'), outlet: n.parent().data('label') })),
    alteredEdges: window.newsgraph.cy.edges('.relay.altered').length,
    timeline: [...document.querySelectorAll('#timeline circle.relay')].map((c) => ({ relayer: c.dataset.relayer, altered: c.dataset.altered === 'true' })),
    bars: Object.fromEntries([...document.querySelectorAll('#charts svg.chart')].map((svg) => [svg.id, svg.querySelectorAll('rect.bar').length])),
    status: document.querySelector('#status').textContent,
  }));
  console.log(JSON.stringify({ ...shown, pageErrors: errors }));
} catch (error) {
  await context.pages()[0]?.screenshot({ path: join(folder, 'dashboard-failure.png'), fullPage: true }).catch(() => {});
  console.error(`dashboard test failed: ${error.message}; page errors: ${JSON.stringify(errors)}`);
  process.exitCode = 1;
} finally {
  await context.close();
}
