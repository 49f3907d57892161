import { decodeEventLog, keccak256, toBytes, type Hex } from 'viem';
import { addrs, modelRegistryAbi, openTokenAbi, publicClient, rewardVaultAbi, wallet, write } from '../chain';
import { attributionChart, type Bar } from '../charts';
import { addr, badge, h, kv, link, replace, section, status, table, update } from '../dom';
import { errMessage, open, short, time, who } from '../format';
import { q, type Attribution, type InferenceRequest, type Model } from '../gql';
import { oracle, OracleError, type Answer } from '../oracle';
import type { PageCtx } from '../router';
import { digitPad } from '../digits';
import { txLink } from './settlements';

export async function modelsPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const list = h('div');
  el.append(h('h1', null, 'Models'), h('p', { class: 'lead' }, 'LoRA adapters registered on chain, each trained on the first k accepted contributions of a datanet. Pay for an inference and see which contributions shaped the answer.'), section('All models', list));
  ctx.poll(async () => {
    const ms = await q.models();
    update(list, ms, () =>
      table(
        ['#', 'datanet', 'trained on', 'base', 'fee', 'inferences', 'settled', 'distributed', 'active'],
        ms.map((m) => [
          link(`/models/${m.id}`, `Model ${m.id}`),
          link(`/datanets/${m.datanet.id}`, m.datanet.metadataURI),
          `${m.contributionCount} contributions`,
          h('code', null, short(m.baseModelId, 4)),
          open(m.inferenceFee),
          m.requestCount,
          m.settledRequestCount,
          open(m.distributedTotal),
          m.active ? badge('active', 'ok') : badge('inactive'),
        ]),
        { empty: 'No models yet: train one in the ModelFactory.', testid: 'models-table' },
      ),
    );
  }, 4000);
}

export function modelInfo(m: Model): HTMLElement {
  return kv([
    ['Datanet', link(`/datanets/${m.datanet.id}`, `${m.datanet.id}: ${m.datanet.metadataURI}`)],
    ['Trained on', `the first ${m.contributionCount} accepted contributions`],
    ['Owner', addr(m.owner, { full: true })],
    ['Oracle', addr(m.oracle, { full: true })],
    ['Base model', h('code', null, m.baseModelId)],
    ['Adapter hash', h('code', null, m.adapterHash)],
    ['Training config hash', h('code', null, m.trainingConfigHash)],
    ['Gradient commitment', h('code', null, m.gradientCommitment)],
    ['Fee per inference', open(m.inferenceFee)],
    ['Inferences', `${m.requestCount} (${m.settledRequestCount} settled), fees ${open(m.feeTotal)}`],
    ['Paid to contributors', `${open(m.distributedTotal)} (${open(m.claimedTotal)} claimed)`],
    ['Payout root', h('code', null, short(m.payoutRoot, 10))],
    ['Registered', h('span', null, time(m.createdAt), ' · ', txLink(m.createdTx))],
  ]);
}

export async function modelPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const id = ctx.params[0];
  const m0 = await q.model(id);
  if (!m0) {
    el.append(h('h1', null, `Model ${id}`), h('p', { class: 'status err' }, 'No such model (yet).'));
    return;
  }
  const info = h('div');
  const requests = h('div');
  const settlements = h('div');
  el.append(
    h('h1', null, `Model ${id}`),
    h('div', { class: 'grid2' }, section('About', info), section('Pay for an inference', inferForm(m0))),
    section('Inference requests', requests),
    section('Settlements', settlements),
  );
  ctx.poll(async () => {
    const m = await q.model(id);
    if (!m) return;
    update(info, m, () => modelInfo(m));
    update(requests, m.requests.nodes, () =>
      table(
        ['request', 'requester', 'fee', 'epoch', 'status', 'prediction', 'attributed to'],
        m.requests.nodes.map((r) => [
          link(`/requests/${r.id}`, `#${r.id}`),
          addr(r.requester),
          open(r.fee),
          r.epoch,
          r.status === 'SETTLED' ? badge('settled', 'ok') : badge('pending', 'warn'),
          r.attribution?.prediction ?? '—',
          r.attribution ? `${r.attribution.feeShares.filter((f) => BigInt(f.amount) > 0n).length} contributions` : '—',
        ]),
        { empty: 'No inferences yet.', testid: 'requests-table' },
      ),
    );
    update(settlements, m.settlements.nodes, () =>
      table(
        ['batch', 'epoch', 'requests', 'fees', 'distributed', 'document', 'tx'],
        m.settlements.nodes.map((s) => [
          link(`/settlements/${id}/${s.batchId}`, `#${s.batchId}`),
          s.epoch,
          s.requestIds.length,
          open(s.feeTotal),
          open(s.distributed),
          badge(s.publication.toLowerCase(), s.publication === 'VERIFIED' ? 'ok' : 'warn'),
          txLink(s.transaction),
        ]),
        { empty: 'No settlements yet: they follow the close of each epoch.' },
      ),
    );
  }, 3000);
}

function inferForm(m: Model): HTMLElement {
  const pad = digitPad();
  const st = status('infer-status');
  const result = h('div', { class: 'answer', 'data-testid': 'infer-result' });
  const btn = h('button', { type: 'submit', 'data-testid': 'infer-submit' }, `Pay ${open(m.inferenceFee)} and infer`);
  const form = h('form', null, h('p', { class: 'muted' }, 'Draw a digit (click and drag; shift-click erases) or load a sample, then pay the model\'s fee. The oracle answers with the prediction and the attribution it will settle.'), pad.el, btn, st, result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    btn.disabled = true;
    replace(result);
    try {
      const w = wallet();
      if (!w) throw new Error('Connect a wallet first (Wallet page).');
      const input = pad.value();
      if (!/[1-9]/.test(input)) throw new Error('Draw something first.');
      const inputHash = keccak256(toBytes(input));
      const fee = BigInt(m.inferenceFee);
      const p = publicClient();
      const [bal, allowance] = (await Promise.all([
        p.readContract({ address: addrs().openToken, abi: openTokenAbi, functionName: 'balanceOf', args: [w.address] }),
        p.readContract({ address: addrs().openToken, abi: openTokenAbi, functionName: 'allowance', args: [w.address, addrs().rewardVault] }),
      ])) as [bigint, bigint];
      if (bal < fee) throw new Error(`Your balance ${open(bal)} is below the fee ${open(fee)}.`);
      if (allowance < fee) {
        st.set(`Approving the reward vault for ${open(fee)}…`, 'busy');
        await write({ address: addrs().openToken, abi: openTokenAbi, functionName: 'approve', args: [addrs().rewardVault, fee] });
      }
      st.set('Paying for the inference on chain…', 'busy');
      const { hash, logs } = await write({ address: addrs().modelRegistry, abi: modelRegistryAbi, functionName: 'requestInference', args: [BigInt(m.id), inputHash, fee] });
      let requestId: bigint | undefined;
      for (const l of logs) {
        for (const abi of [modelRegistryAbi, rewardVaultAbi]) {
          try {
            const e = decodeEventLog({ abi, data: l.data, topics: l.topics as [Hex, ...Hex[]] });
            if (e.eventName === 'InferenceRequested' || e.eventName === 'FeeDeposited') requestId ??= (e.args as { requestId: bigint }).requestId;
          } catch {
            /* not this ABI */
          }
        }
      }
      if (requestId === undefined) throw new Error(`no InferenceRequested event in ${hash}`);
      st.set(`Request #${requestId} paid; asking the oracle…`, 'busy');
      const answer = await askOracle(requestId, input, (msg) => st.set(msg, 'busy'));
      st.set(`Request #${requestId}: the model says ${answer.prediction}.`, 'ok');
      replace(result, answerView(answer, requestId.toString()));
    } catch (e) {
      st.set(errMessage(e), 'err');
    } finally {
      btn.disabled = false;
    }
  });
  return form;
}

/** The oracle answers once its watcher has seen the request; retry while it has not. */
async function askOracle(requestId: bigint, input: string, progress: (m: string) => void): Promise<Answer> {
  const deadline = Date.now() + 60_000;
  for (let i = 0; ; i++) {
    try {
      return await oracle.infer(requestId, input);
    } catch (e) {
      const retry = e instanceof OracleError && ((e.status === 404 && e.code === 'unknown_request') || e.status === 503);
      if (!retry || Date.now() > deadline) throw e;
      progress(`Request #${requestId} paid; waiting for the oracle to see it (${i + 1})…`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

function answerView(a: Answer, requestId: string): HTMLElement {
  const probs = a.probabilities?.length
    ? h('div', { class: 'probs' }, a.probabilities.map((p, d) => h('span', { class: String(d) === a.prediction ? 'top' : '' }, `${d}: ${(p * 100).toFixed(1)}%`)))
    : null;
  return h(
    'div',
    null,
    h('p', { class: 'prediction', 'data-testid': 'prediction' }, 'Prediction: ', h('strong', null, a.prediction)),
    probs,
    h('p', { class: 'muted' }, `Contributors' share ${open(a.contributorShare)} of the fee ${open(a.fee)}, split by influence; signed by the oracle ${short(a.signer, 4)}. `, link(`/requests/${requestId}`, 'Request page →')),
    attributionChart(answerBars(a)),
  );
}

export function answerBars(a: Answer): Bar[] {
  return [...a.attribution]
    .sort((x, y) => Math.abs(y.scoreFloat) - Math.abs(x.scoreFloat))
    .map((it) => ({
      label: `#${it.index} ${who(it.contributor, 3)}`,
      score: it.scoreFloat,
      fee: BigInt(it.share),
      feeLabel: open(it.share),
      title: `accepted index ${it.index}, contribution ${it.contributionId}, contributor ${it.contributor}: influence ${it.scoreFloat.toFixed(4)}, fee ${open(it.share)}`,
    }));
}

export function attributionBars(a: Attribution): Bar[] {
  const fee = new Map(a.feeShares.map((f) => [f.index, f]));
  const idx = new Set([...a.scores.map((s) => s.index), ...a.feeShares.map((f) => f.index)]);
  const scores = new Map(a.scores.map((s) => [s.index, s]));
  return [...idx]
    .map((i) => {
      const s = scores.get(i);
      const f = fee.get(i);
      const contributor = s?.contribution?.contributor ?? f?.contribution?.contributor ?? '';
      const cid = s?.contribution?.id ?? f?.contribution?.id ?? '?';
      const amount = BigInt(f?.amount ?? '0');
      const score = Number(s?.score ?? '0');
      return { label: `#${i} ${who(contributor, 3)}`, score, fee: amount, feeLabel: open(amount), title: `accepted index ${i}, contribution ${cid}, contributor ${contributor}: influence ${s?.score ?? '0'}, fee ${open(amount)}` };
    })
    .sort((x, y) => Math.abs(y.score) - Math.abs(x.score));
}

export async function requestPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const id = ctx.params[0];
  const body = h('div');
  el.append(h('h1', null, `Inference request #${id}`), body);
  ctx.poll(async () => {
    const r = await q.request(id);
    if (!r) {
      update(body, 'none', () => h('p', { class: 'status err' }, 'No such request (yet).'));
      return;
    }
    let answer: Answer | null = null;
    if (!r.attribution) answer = await oracle.answer(id).then((a) => a.answer).catch(() => null);
    update(body, [r, answer], () => requestView(r, answer));
  }, 3000);
}

function requestView(r: InferenceRequest, answer: Answer | null): HTMLElement {
  const info = kv([
    ['Model', link(`/models/${r.model.id}`, `Model ${r.model.id}`)],
    ['Requester', addr(r.requester, { full: true })],
    ['Input hash', h('code', null, r.inputHash)],
    ['Fee', open(r.fee)],
    ['Epoch', String(r.epoch)],
    ['Status', r.status === 'SETTLED' ? badge('settled', 'ok') : badge('pending settlement', 'warn')],
    ['Settlement', r.settlement ? link(`/settlements/${r.settlement.model.id}/${r.settlement.batchId}`, `batch #${r.settlement.batchId}`) : '—'],
    ['Paid', h('span', null, time(r.requestedAt), ' · ', txLink(r.requestedTx))],
  ]);
  let chart: HTMLElement;
  if (r.attribution) {
    chart = h(
      'div',
      { 'data-testid': 'attribution', 'data-source': 'settlement' },
      h('p', null, 'Prediction: ', h('strong', null, r.attribution.prediction), ' · ', badge('attribution checked against the settled payout root', 'ok')),
      attributionChart(attributionBars(r.attribution)),
    );
  } else if (answer) {
    chart = h(
      'div',
      { 'data-testid': 'attribution', 'data-source': 'oracle' },
      h('p', null, 'Prediction: ', h('strong', null, answer.prediction), ' · ', badge('signed by the oracle; settles after the epoch closes', 'warn')),
      attributionChart(answerBars(answer)),
    );
  } else {
    chart = h('p', { class: 'muted' }, 'No attribution yet: the requester has not sent the input to the oracle, or the batch is not published.');
  }
  return h('div', null, section('Request', info), section('Attribution: which contributions shaped the answer, and the fee each receives', chart));
}
