// Browser test of the whole system: starts `make demo`'s stack (the demo binary, on free ports of its
// own), then drives the web app in headless Chromium through
//   contribute → validate → train (ModelFactory) → pay for an inference → settle (real proof) → claim
// signing with the app's development-key wallet and, for the claim, an injected EIP-1193 provider
// (backed by anvil's unlocked accounts), and saves a screenshot of every step.
//
//   node web/e2e/run.mjs            (make e2e builds what it needs first)
//
// Chromium: $CHROMIUM, else /usr/bin/chromium (Debian's `chromium`). Without it the test is skipped
// with a message, except in CI ($CI set and not "false"), where that is a failure.
// Screenshots: .build/e2e/screenshots (override with $E2E_SCREENSHOTS). Against an already running
// demo: E2E_READY=.build/demo/ready.json (its ready file) skips starting one.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const inCI = !!process.env.CI && process.env.CI !== 'false';
const shots = resolve(root, process.env.E2E_SCREENSHOTS ?? '.build/e2e/screenshots');
const state = join(root, '.build', 'e2e', 'demo');
const started = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...a);

function findChromium() {
  const candidates = process.env.CHROMIUM ? [process.env.CHROMIUM] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

const exe = findChromium();
if (!exe) {
  const msg = 'Chromium not found (install Debian\'s `chromium`, or set $CHROMIUM): the browser test';
  if (inCI) {
    console.error(`e2e: ${msg} cannot run, and CI requires it.`);
    process.exit(1);
  }
  console.log(`e2e: SKIPPED: ${msg} is skipped locally.`);
  process.exit(0);
}

// ---------------------------------------------------------------- the stack

/** n distinct free loopback ports (the stack must not collide with a running `make demo` or other services). */
async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise((res, rej) => {
      const srv = createServer();
      srv.on('error', rej);
      srv.listen(0, '127.0.0.1', () => res(srv));
    })),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

let demo = null;
async function startDemo() {
  if (process.env.E2E_READY) return JSON.parse(readFileSync(resolve(root, process.env.E2E_READY), 'utf8'));
  const bin = join(root, '.build', 'bin', 'demo');
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`make e2e\` (it builds the binaries and the web app)`);
  mkdirSync(state, { recursive: true });
  rmSync(join(state, 'ready.json'), { force: true });
  const out = createWriteStream(join(state, 'demo.out'));
  const [rpc, oracle, indexer] = await freePorts(3);
  demo = spawn(bin, ['-root', root], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_STATE_DIR: state,
      DEMO_RPC_PORT: String(rpc),
      DEMO_ORACLE_PORT: String(oracle),
      DEMO_INDEXER_PORT: String(indexer),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = null;
  demo.on('exit', (code, sig) => (exited = `exited with ${code ?? sig}`));
  for (const s of [demo.stdout, demo.stderr]) {
    s.on('data', (b) => {
      out.write(b);
      for (const line of b.toString().split('\n')) if (line.trim()) console.log('  demo |', line);
    });
  }
  const deadline = Date.now() + 12 * 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the demo ${exited} before it was ready (see ${join(state, 'demo.out')} and ${join(state, 'logs')})`);
    if (existsSync(join(state, 'ready.json'))) return JSON.parse(readFileSync(join(state, 'ready.json'), 'utf8'));
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the demo was not ready within 12 minutes');
}

async function stopDemo() {
  if (!demo || demo.exitCode !== null) return;
  const done = new Promise((r) => demo.once('exit', r));
  demo.kill('SIGINT');
  const t = setTimeout(() => demo.kill('SIGKILL'), 30_000);
  await done;
  clearTimeout(t);
}

// ---------------------------------------------------------------- test data

/** count clean digit samples in the datanet's CSV format, from the embedded UCI digits. */
function digitsCSV(from, count) {
  const rows = gunzipSync(readFileSync(join(root, 'internal', 'dataset', 'data', 'digits.csv.gz'))).toString('utf8').trim().split('\n');
  return Buffer.from(rows.slice(from, from + count).join('\n') + '\n');
}

// ---------------------------------------------------------------- the browser

let n = 0;
async function shot(page, name) {
  const f = join(shots, `${String(++n).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: f, fullPage: true });
  log('screenshot', f);
}

async function main() {
  const ready = await startDemo();
  log('stack ready:', ready.urls.web, `datanet ${ready.datanetId}, model ${ready.modelId}`);
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'poa-e2e-chromium-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  // An EIP-1193 provider like a browser wallet's, for the account in localStorage "e2e.injected": it
  // forwards every call to anvil, which signs eth_sendTransaction for its unlocked development accounts.
  await ctx.addInitScript(({ rpc }) => {
    const listeners = {};
    window.ethereum = {
      async request({ method, params }) {
        const account = localStorage.getItem('e2e.injected');
        if (method === 'eth_requestAccounts' || method === 'eth_accounts') return account ? [account] : [];
        if (method === 'wallet_switchEthereumChain' || method === 'wallet_addEthereumChain') return null;
        const r = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params: params ?? [] }) });
        const body = await r.json();
        if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
        return body.result;
      },
      on(event, f) {
        (listeners[event] ??= []).push(f);
      },
      removeListener() {},
    };
  }, { rpc: ready.urls.rpc });
  const errors = [];
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && log('browser console:', m.text()));
    const base = ready.urls.web;
    const go = async (path) => {
      await page.goto(`${base}#${path}`);
      await page.waitForSelector('main#main > *');
    };
    const useKey = async (index) => {
      await go('/wallet');
      await page.selectOption('[data-testid=dev-account]', String(index));
      await page.click('[data-testid=connect-dev]');
      await page.waitForSelector(`[data-testid=connected-as]:has-text("anvil #${index}")`);
    };
    const dn = String(ready.datanetId);

    // 0. The scripted run's state.
    await go('/');
    await page.waitForSelector('[data-testid=dashboard-datanets] tbody tr');
    await shot(page, 'dashboard');
    await go(`/datanets/${dn}`);
    await page.waitForSelector('[data-testid=leaderboard] tbody tr');
    await shot(page, 'datanet-after-scripted-run');

    // 1. Contribute: the newcomer uploads a clean file.
    await useKey(9);
    await shot(page, 'wallet-dev-key');
    await go(`/datanets/${dn}`);
    await page.waitForSelector('[data-testid=quota] progress');
    await page.setInputFiles('[data-testid=upload-file]', { name: 'newcomer-digits.csv', mimeType: 'text/csv', buffer: digitsCSV(1000, 30) });
    await page.click('[data-testid=upload-submit]');
    await page.waitForSelector('[data-testid=upload-status][data-state=ok]', { timeout: 90_000 });
    await page.waitForSelector('[data-testid=upload-tracked]:has-text("Contribution #")');
    const tracked = await page.textContent('[data-testid=upload-tracked]');
    const cid = tracked?.match(/Contribution #(\d+)/)?.[1];
    if (!cid) throw new Error(`no contribution id in "${tracked}"`);
    await shot(page, 'contribute-uploaded');
    log('contributed', cid);

    // 2. Validators accept it.
    const row = (id) => `[data-testid=contributions] tr:has([data-contribution="${id}"])`;
    for (const [k, v] of [5, 6].entries()) {
      await useKey(v);
      await go(`/datanets/${dn}`);
      await page.click(`[data-testid=accept-${cid}]`);
      await page.waitForSelector(`${row(cid)} td:text-is("${k + 1} ✓ / 0 ✗")`, { timeout: 60_000 });
    }
    await page.waitForSelector(`${row(cid)} [data-badge=accepted]`);
    await shot(page, 'contribution-accepted');

    // 3. ModelFactory: the model owner trains and deploys a LoRA adapter.
    await useKey(7);
    await go('/factory');
    await page.waitForSelector('[data-testid=f-base] option', { state: 'attached' });
    await page.selectOption('[data-testid=f-datanet]', dn);
    const accepted = Number((await page.textContent(`[data-testid=f-datanet] option[value="${dn}"]`))?.match(/\((\d+) accepted\)/)?.[1] ?? 0);
    const cap = ready.maxContributions || accepted;
    await page.fill('[data-testid=f-count]', String(Math.min(accepted, cap)));
    await page.fill('[data-testid=f-rank]', '4');
    await page.fill('[data-testid=f-alpha]', '4');
    await page.fill('[data-testid=f-lr]', '0.01');
    await page.fill('[data-testid=f-epochs]', '30');
    await page.fill('[data-testid=f-batch]', '32');
    await page.fill('[data-testid=f-fee]', '2');
    await shot(page, 'factory-form');
    await page.click('[data-testid=f-launch]');
    await page.waitForURL(/#\/factory\/jobs\//);
    await page.waitForSelector('[data-testid=job-deployed]', { timeout: 5 * 60_000 });
    const model = await page.getAttribute('[data-testid=job-deployed]', 'data-model');
    const points = Number(await page.getAttribute('[data-testid=loss-chart]', 'data-points'));
    if (!model) throw new Error('the job shows no model');
    if (!(points >= 2)) throw new Error(`the loss chart has ${points} points`);
    await shot(page, 'factory-trained-and-deployed');
    log('trained model', model);

    // 4. A user pays for an inference and sees its attribution.
    await useKey(8);
    await go(`/models/${model}`);
    await page.click('[data-testid=sample-3]');
    await page.click('[data-testid=infer-submit]');
    await page.waitForSelector('[data-testid=prediction]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid=infer-result] [data-testid=attribution-chart]');
    await shot(page, 'inference-attribution');
    const req = (await page.textContent('[data-testid=infer-status]'))?.match(/Request #(\d+)/)?.[1];
    log('inference', req, (await page.textContent('[data-testid=prediction]'))?.trim());

    // 5. Settle: close the epoch; the oracle proves and settles, the indexer verifies the document.
    await go('/settlements');
    await page.waitForSelector('[data-testid=epoch] [data-epoch]');
    await page.click('[data-testid=close-epoch]');
    await page.waitForSelector('[data-testid=epoch-status][data-state=ok]');
    const srow = `[data-testid=settlements-table] tr:has(a[href="#/models/${model}"])`;
    await page.waitForSelector(`${srow} [data-badge="document verified"]`, { timeout: 8 * 60_000 });
    await shot(page, 'settlements');
    await page.click(`${srow} a[href^="#/settlements/${model}/"]`);
    await page.waitForSelector('[data-testid=proof-recheck][data-valid=true]', { timeout: 60_000 });
    await shot(page, 'settlement-proof');
    await page.click('[data-testid=verifying-tx] a');
    await page.waitForSelector('[data-testid=tx] [data-badge=success]');
    await shot(page, 'verifying-transaction');
    if (req) {
      await go(`/requests/${req}`);
      await page.waitForSelector('[data-testid=attribution][data-source=settlement]', { timeout: 60_000 });
      await shot(page, 'request-attribution-settled');
    }

    // 6. Claim: a careful contributor claims what the new model's settlement credited to them, signing
    // with an injected EIP-1193 wallet this time.
    let claimed = false;
    for (const who of [2, 3, 9]) {
      const address = ready.accounts.find((a) => a.index === who).address;
      await page.evaluate((a) => localStorage.setItem('e2e.injected', a), address);
      await go('/wallet');
      await page.click('[data-testid=connect-injected]');
      await page.waitForSelector(`[data-testid=connected-as]:has-text("Injected wallet"):has-text("${address}")`);
      await page.waitForSelector('[data-testid=claimable-table]');
      const btn = await page.$(`[data-testid=claim-${model}]`);
      if (!btn) continue;
      const before = BigInt((await page.getAttribute('[data-testid=open-balance]', 'data-wei')) ?? '0');
      await shot(page, 'wallet-claimable');
      await btn.click();
      await page.waitForSelector('[data-testid=claim-status][data-state=ok]', { timeout: 60_000 });
      await page.waitForSelector(`[data-testid=claims-table] a[href="#/models/${model}"]`, { timeout: 60_000 });
      const after = BigInt((await page.getAttribute('[data-testid=open-balance]', 'data-wei')) ?? '0');
      if (after <= before) throw new Error(`balance did not grow after the claim: ${before} → ${after}`);
      await shot(page, 'wallet-claimed');
      log(`${address} (anvil #${who}) claimed ${after - before} wei from model ${model} through the injected wallet`);
      claimed = true;
      break;
    }
    if (!claimed) throw new Error(`nobody had anything to claim from model ${model}`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

let code = 0;
try {
  await main();
  log(`PASS: contribute → train → infer → settle → claim; screenshots in ${shots}`);
} catch (e) {
  console.error(`e2e: FAIL: ${e?.stack ?? e}`);
  code = 1;
} finally {
  await stopDemo();
}
process.exit(code);
