// Opens COUNT real sessions of one page in Debian's Chromium, each in a fresh browser context
// (its own cookies, so its own HTTP session and Vaadin UI), signed in as EMAIL. Browsers are
// killed (SIGKILL) batch by batch so no unload beacon closes the UIs: they stay on the server,
// as they do for people who leave a tab open, until their heartbeat expires.
//   node ui-sessions.mjs BASE_URL EMAIL PASSWORD PATH COUNT READY_SELECTOR [BATCH]
import { chromium } from 'playwright-core';

const [base, email, password, path, countArg, readySelector, batchArg] = process.argv.slice(2);
const count = Number(countArg);
const batch = Number(batchArg ?? 10);
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function openOne(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120000);   // ten sign-ins at once on a cold node take a while
  await page.goto(`${base}/login`);
  await page.fill('vaadin-login-form input[name=username]', email);
  await page.fill('vaadin-login-form input[name=password]', password);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#current-user-name', { timeout: 120000 });
  await page.goto(`${base}/${path}`);
  await page.waitForSelector(readySelector, { timeout: 120000 });
}

let opened = 0;
const started = Date.now();
while (opened < count) {
  // A browser server, because only it exposes the browser's process to kill.
  const server = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: flags });
  const browser = await chromium.connect(server.wsEndpoint());
  const size = Math.min(batch, count - opened);
  await Promise.all(Array.from({ length: size }, () => openOne(browser)));
  opened += size;
  process.kill(server.process().pid, 'SIGKILL');
  process.stdout.write(`\ropened ${opened}/${count}`);
}
console.log(`\nopened ${opened} sessions of /${path} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(0);
