// Live fan-out (issue 8, benchmark 3): PAGES open incident pages spread over BROWSERS real Chromium
// processes watch a checklist item; another person's page marks it done. Each watching page notes,
// with a MutationObserver, the moment the item's state changed in its DOM; the latency is that
// moment minus the moment of the click (one machine, one clock). ROUNDS items are marked in turn.
//   node live-fanout.mjs BASE_URL INCIDENT_ID [PAGES=50] [BROWSERS=5] [ROUNDS=10]
import { chromium } from 'playwright-core';

const [base, incident, pagesArg, browsersArg, roundsArg] = process.argv.slice(2);
const pages = Number(pagesArg ?? 50), browsers = Number(browsersArg ?? 5), rounds = Number(roundsArg ?? 10);
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];

async function open(browser, email) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill('vaadin-login-form input[name=username]', email);
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#current-user-name', { timeout: 120000 });
  await page.goto(`${base}/incidents/${incident}`);
  await page.waitForSelector('.runbook-item', { timeout: 120000 });
  return page;
}

// A changed item is updated in place (its data-state) or drawn anew, so the whole checklist is observed.
function watch(page, itemId) {
  return page.evaluate((id) => new Promise((resolve) => {
    const done = () => document.querySelector(`#runbook-item-${id}[data-state=DONE]`) !== null;
    new MutationObserver((_, observer) => {
      if (done()) { observer.disconnect(); resolve(Date.now()); }
    }).observe(document.getElementById('runbook-panel'),
      { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    setTimeout(() => resolve(-1), 20000);
  }), itemId);
}

const launched = await Promise.all(Array.from({ length: browsers },
  () => chromium.launch({ executablePath: '/usr/bin/chromium', args: flags })));
const watchers = [];
for (let i = 0; i < pages; i += browsers) {   // open in waves, one page per browser at a time
  watchers.push(...await Promise.all(launched.slice(0, Math.min(browsers, pages - i))
    .map((b, k) => open(b, (i + k) % 2 ? 'it@demo.local' : 'it2@demo.local'))));
}
const actor = await open(launched[0], 'it@demo.local');
console.log(`${watchers.length} watching pages in ${browsers} browsers, one acting page`);

const samples = [];
let misses = 0;
for (let round = 0; round < rounds; round++) {
  const itemId = await actor.evaluate(() => {
    const button = [...document.querySelectorAll('.runbook-item[data-state=OPEN] [id^=runbook-done-]')]
      .find((b) => b.offsetParent !== null);
    return button ? button.id.replace('runbook-done-', '') : null;
  });
  if (!itemId) { console.log('no open item left'); break; }
  const seen = watchers.map((p) => watch(p, itemId));
  await new Promise((r) => setTimeout(r, 300));            // observers installed everywhere
  const clickedAt = await actor.evaluate((id) => { const t = Date.now(); document.getElementById(`runbook-done-${id}`).click(); return t; }, itemId);
  for (const at of await Promise.all(seen)) {
    if (at < 0) misses++; else samples.push(at - clickedAt);
  }
  await new Promise((r) => setTimeout(r, 500));
}
samples.sort((a, b) => a - b);
const q = (p) => samples[Math.max(0, Math.ceil(p * samples.length) - 1)];
console.log(`samples ${samples.length}, missed ${misses}`);
console.log(`click -> DOM of the other pages: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
for (const b of launched) await b.close();
process.exit(0);
