// Launches Debian's chromium (or $CHROMIUM) headless through playwright-core, with a fresh profile.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function launch(viewport = { width: 1400, height: 900 }) {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newsgraph-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
  });
}
