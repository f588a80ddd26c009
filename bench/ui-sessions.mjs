// Opens COUNT real sessions of one page in Debian's Chromium, signed in as EMAIL: each session
// signs in afresh (its own HTTP session) and opens the page in a tab of its own (its own Vaadin
// UI, rendered by the browser). The tabs of a batch share one browser context, so the browser
// loads and compiles Vaadin's scripts once per batch instead of once per session; the context's
// cookies are cleared before each sign-in, so no two tabs share a session. Browsers are killed
// (SIGKILL) batch by batch, so no unload beacon closes the UIs: they stay on the server, as they
// do for people who leave a tab open, until their heartbeat expires. With KEEP_OPEN=1 the browsers
// stay connected instead (push open, heartbeats sent) until this process gets SIGTERM; it prints
// "all open" once every page is.
//   node ui-sessions.mjs BASE_URL EMAIL PASSWORD PATH COUNT READY_SELECTOR [BATCH [BROWSERS]]
import { chromium } from 'playwright-core';

const [base, email, password, path, countArg, readySelector, batchArg, browsersArg] = process.argv.slice(2);
const count = Number(countArg);
const batch = Number(batchArg ?? 10);
const browsers = Number(browsersArg ?? 2);
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// One HTTP cache for every browser of the run (BROWSER_CACHE): the app's scripts, fetched during
// the warm-up, come from it afterwards, as they do for people who used the portal before.
if (process.env.BROWSER_CACHE) {
  flags.push(`--disk-cache-dir=${process.env.BROWSER_CACHE}`);
}

async function openSession(context) {
  await context.clearCookies();
  // The sign-in form's own POST (what the login page sends, with the CSRF token the page carries),
  // answered with the session cookie.
  const loginPage = await (await context.request.get(`${base}/login`)).text();
  const csrf = /<meta name="_csrf" content="([^"]+)"/.exec(loginPage);
  if (!csrf) {
    throw new Error('the login page carries no CSRF token');
  }
  const signIn = await context.request.post(`${base}/login`,
    { form: { username: email, password, _csrf: csrf[1] }, maxRedirects: 0 });
  const target = signIn.headers()['location'] ?? '';
  if (signIn.status() !== 302 || target.includes('error')) {
    throw new Error(`sign-in as ${email} failed: ${signIn.status()} ${target}`);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(120000);
  await page.goto(`${base}/${path}`);
  await page.waitForSelector(readySelector);
}

async function openBatch(size) {
  // A browser server, because only it exposes the browser's process to kill.
  const server = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: flags });
  const browser = await chromium.connect(server.wsEndpoint());
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  for (let i = 0; i < size; i++) {
    await openSession(context);
  }
  if (keepOpen) {
    servers.push(server);
  } else {
    killBrowser(server);
  }
}

// SIGKILL to the browser's whole process group (Playwright starts it as a group leader): killing
// only the browser process left its renderer and utility processes running.
function killBrowser(server) {
  try {
    process.kill(-server.process().pid, 'SIGKILL');
  } catch (alreadyGone) {
    // nothing left to kill
  }
}

const keepOpen = process.env.KEEP_OPEN === '1';
const servers = [];
process.on('SIGTERM', () => {
  servers.forEach(killBrowser);
  process.exit(0);
});

let claimed = 0;
let opened = 0;
const started = Date.now();
async function worker() {
  while (claimed < count) {
    const size = Math.min(batch, count - claimed);
    claimed += size;
    await openBatch(size);
    opened += size;
    process.stdout.write(`\ropened ${opened}/${count}`);
  }
}
await Promise.all(Array.from({ length: browsers }, worker));
console.log(`\nopened ${opened} sessions of /${path} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (keepOpen) {
  console.log('all open');
  await new Promise(() => {});
}
process.exit(0);
