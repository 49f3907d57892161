import { createTestClient, decodeEventLog, decodeFunctionData, http, type Address, type Hex } from 'viem';
import { addrs, chain, datanetRegistryAbi, devKeysAllowed, iScoreVerifierAbi, modelRegistryAbi, openTokenAbi, publicClient, rewardVaultAbi } from '../chain';
import { config } from '../config';
import { addr, badge, h, kv, link, replace, section, status, table, update, type Child } from '../dom';
import { errMessage, open, short, time } from '../format';
import { q, type InferenceRequest, type Settlement } from '../gql';
import type { PageCtx } from '../router';
import { attributionBars } from './models';
import { attributionChart } from '../charts';

/** Link to a transaction: the configured explorer, or the app's own transaction page. */
export function txLink(hash: string | null | undefined): HTMLElement | string {
  if (!hash) return '—';
  if (config.explorerTx) return h('a', { href: config.explorerTx.replace('{hash}', hash), target: '_blank', rel: 'noopener', class: 'tx' }, short(hash, 6));
  return h('a', { href: `#/tx/${hash}`, class: 'tx' }, short(hash, 6));
}

/** The vault's public inputs, in its order (IRewardVault.publicInputs); words from 12 on pack two
 * requests' contributor shares each (bits 0..95 and 96..191), in the batch's request order; with an
 * odd number of requests the last word holds one. */
const INPUT_NAMES = [
  'chainId',
  'rewardVault',
  'modelId',
  'batchId',
  'gradientCommitment',
  'inferenceCommitment',
  'feeTotal',
  'contributorShare',
  'previousPayoutRoot',
  'newPayoutRoot',
  'distributed',
  'requestsDigest',
];
const HASHES = new Set([4, 5, 8, 9, 11]);
const AMOUNTS = new Set([6, 7, 10]);
const MASK96 = (1n << 96n) - 1n;

function inputRows(vector: bigint[], requestCount: number): Child[][] {
  return vector.map((v, i) => {
    let name = INPUT_NAMES[i] ?? `shares ${2 * (i - 12)}|${2 * (i - 12) + 1}`;
    let shown: Child;
    if (i === 1) shown = h('code', null, '0x' + v.toString(16).padStart(40, '0'));
    else if (HASHES.has(i)) shown = h('code', null, '0x' + v.toString(16).padStart(64, '0'));
    else if (AMOUNTS.has(i)) shown = h('span', null, h('code', null, v.toString()), ` (${open(v)})`);
    else if (i >= 12) {
      const j = 2 * (i - 12);
      if (j + 1 < requestCount) {
        name = `shares of requests ${j} and ${j + 1}`;
        shown = h('span', null, h('code', null, '0x' + v.toString(16)), ` (${open(v & MASK96)} | ${open(v >> 96n)})`);
      } else {
        name = `share of request ${j}`;
        shown = h('span', null, h('code', null, '0x' + v.toString(16)), ` (${open(v & MASK96)})`);
      }
    } else shown = h('code', null, v.toString());
    return [i, name, shown];
  });
}

function statusBadge(s: Settlement): HTMLElement {
  if (s.status === 'PENDING') return badge('challenge window', 'warn');
  if (s.status === 'VOIDED') return badge('voided', 'err');
  return badge('final', 'ok');
}

function publicationBadge(s: Settlement): HTMLElement {
  const kind = s.publication === 'VERIFIED' ? 'ok' : s.publication === 'REJECTED' ? 'err' : 'warn';
  const text = s.publication === 'VERIFIED' ? 'document verified' : s.publication === 'REJECTED' ? 'document rejected' : 'document awaited';
  return badge(text, kind);
}

export async function settlementsPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const list = h('div');
  const epoch = h('div', { class: 'epoch', 'data-testid': 'epoch' });
  el.append(
    h('h1', null, 'Settlements'),
    h('p', { class: 'lead' }, 'After each epoch the oracle settles the epoch\'s paid inferences in batches. The reward vault computes the public inputs itself and accepts a batch only with a Groth16 proof that the influence scores and payouts were computed correctly.'),
    epoch,
    section('All settlements', list),
  );
  void epochPanel(epoch, ctx);
  ctx.poll(async () => {
    const ss = await q.settlements();
    update(list, ss, () =>
      table(
        ['model', 'batch', 'epoch', 'requests', 'fees', 'to contributors', 'proof', 'payout document', 'status', 'verifying tx'],
        ss.map((s) => [
          link(`/models/${s.model.id}`, `Model ${s.model.id}`),
          link(`/settlements/${s.model.id}/${s.batchId}`, `batch #${s.batchId}`),
          s.epoch,
          s.requestIds.length,
          open(s.feeTotal),
          open(s.distributed),
          badge('verified on-chain', 'ok'),
          publicationBadge(s),
          statusBadge(s),
          txLink(s.transaction),
        ]),
        { empty: 'No settlements yet: they follow the close of each epoch.', testid: 'settlements-table' },
      ),
    );
  }, 3000);
}

export async function settlementPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const [modelId, batch] = ctx.params;
  const body = h('div');
  const recheck = h('div', { 'data-testid': 'proof-recheck' }, h('span', { class: 'muted' }, 'checking…'));
  const inputs = h('div', { 'data-testid': 'public-inputs' }, h('p', { class: 'muted' }, 'reading the settlement transaction…'));
  el.append(h('h1', null, `Settlement: model ${modelId}, batch #${batch}`), body);
  let checked = false;
  ctx.poll(async () => {
    const s = await q.settlement(modelId, Number(batch));
    if (!s) {
      update(body, 'none', () => h('p', { class: 'status err' }, 'No such settlement (yet).'));
      return;
    }
    update(body, s, () => settlementView(s, recheck, inputs));
    if (!checked) {
      checked = true;
      void recheckProof(s, recheck, inputs);
    }
  }, 4000);
}

function settlementView(s: Settlement & { requests?: InferenceRequest[] }, recheck: HTMLElement, inputs: HTMLElement): HTMLElement {
  const reqs = s.requests ?? [];
  return h(
    'div',
    { 'data-testid': 'settlement', 'data-publication': s.publication },
    section(
      'Proof',
      kv([
        ['Status', h('span', null, badge('proof verified on-chain by the reward vault', 'ok'), ' ', publicationBadge(s), ' ', statusBadge(s), ' ', s.finalized ? badge('beyond reorg depth', 'ok') : badge('recent block', 'warn'))],
        ['Verifying transaction', h('span', { 'data-testid': 'verifying-tx' }, txLink(s.transaction), ` (block ${s.blockNumber}, ${time(s.timestamp)})`)],
        ['Re-check now', recheck],
        ['Oracle', addr(s.oracle, { full: true })],
        ['Proof', s.proof ? h('code', { class: 'wrap' }, s.proof) : '—'],
        ...(s.publicationError ? ([['Document error', h('span', { class: 'status err' }, s.publicationError)]] as [string, HTMLElement][]) : []),
      ]),
    ),
    section('Public inputs', h('p', { class: 'muted' }, 'The vector the verifier checked the proof against, recomputed by the reward vault from the settlement transaction\'s batch on the state it was sent in (the vault computes every input itself).'), inputs),
    section(
      'Batch',
      kv([
        ['Model', link(`/models/${s.model.id}`, `Model ${s.model.id}`)],
        ['Epoch', String(s.epoch)],
        ['Requests', h('span', null, s.requestIds.map((r) => [link(`/requests/${r}`, `#${r}`), ' ']))],
        ['Fees', open(s.feeTotal)],
        ['Contributors\' share', `${open(s.contributorShare)} (distributed by the proof: ${open(s.distributed)})`],
        ['Model owner', h('span', null, `${open(s.ownerShare)} to `, addr(s.owner))],
        ['Validators', open(s.validatorShare)],
        ['Treasury', open(s.treasuryShare)],
        ['Payout root', h('span', null, h('code', null, short(s.previousPayoutRoot, 8)), ' → ', h('code', null, short(s.newPayoutRoot, 8)))],
        ['Inference commitment', h('code', null, s.inferenceCommitment)],
      ]),
    ),
    reqs.length
      ? section(
          'Attribution of the batch\'s inferences',
          reqs.map((r) =>
            h('div', { class: 'req' }, h('h3', null, link(`/requests/${r.id}`, `Request #${r.id}`), r.attribution ? ` → ${r.attribution.prediction}` : ''), r.attribution ? attributionChart(attributionBars(r.attribution)) : h('p', { class: 'muted' }, 'not published yet')),
          ),
        )
      : null,
  );
}

/**
 * Re-checks a settlement's proof now: decodes the batch and the proof from the settlement
 * transaction, has the vault recompute the public inputs on the state the transaction was sent in
 * (the block before it), and calls the vault's verifier with them.
 */
async function recheckProof(s: Settlement, out: HTMLElement, inputsEl: HTMLElement): Promise<void> {
  const p = publicClient();
  const vault = addrs().rewardVault;
  let proof = (s.proof ?? undefined) as Hex | undefined;
  let vector: bigint[] = s.publicInputs.map(BigInt);
  let source = 'the indexer';
  try {
    const [tx, receipt] = await Promise.all([p.getTransaction({ hash: s.transaction as Hex }), p.getTransactionReceipt({ hash: s.transaction as Hex })]);
    if (tx.to?.toLowerCase() === vault.toLowerCase()) {
      const call = decodeFunctionData({ abi: rewardVaultAbi, data: tx.input });
      if (call.functionName === 'settle') {
        const [batch, proofBytes] = call.args as unknown as [unknown, Hex];
        proof = proofBytes;
        vector = [...((await p.readContract({ address: vault, abi: rewardVaultAbi, functionName: 'publicInputs', args: [batch as never], blockNumber: receipt.blockNumber - 1n })) as readonly bigint[])];
        source = 'the vault';
      }
    }
  } catch (e) {
    console.warn('recomputing the public inputs', e);
  }
  const indexerAgrees = s.publicInputs.length === vector.length && s.publicInputs.every((v, i) => BigInt(v) === vector[i]);
  replace(
    inputsEl,
    table(['#', 'public input', 'value'], inputRows(vector, s.requestIds.length)),
    source === 'the vault' && !indexerAgrees
      ? h('p', { class: 'muted' }, `The indexer lists ${s.publicInputs.length} public inputs that differ from the vault's ${vector.length}; the table shows the vault's.`)
      : h('p', { class: 'muted' }, `Source: ${source}.`),
  );
  inputsEl.dataset.words = String(vector.length);
  if (!proof) {
    replace(out, h('span', { class: 'muted' }, 'no proof bytes (not a direct call to the vault)'));
    return;
  }
  try {
    const verifier = (await p.readContract({ address: vault, abi: rewardVaultAbi, functionName: 'verifier' })) as Address;
    const [ok, vk] = await Promise.all([
      p.readContract({ address: verifier, abi: iScoreVerifierAbi, functionName: 'verifyProof', args: [proof, vector] }),
      p.readContract({ address: verifier, abi: iScoreVerifierAbi, functionName: 'verifyingKeyHash' }).catch(() => null),
    ]);
    replace(
      out,
      ok ? badge('valid', 'ok') : badge('invalid', 'err'),
      h('span', { class: 'muted' }, ` the vault's verifier ${short(verifier, 4)}${vk ? ` (verifying key ${short(vk as string, 6)})` : ''} accepts this proof for these ${vector.length} public inputs${ok ? '' : ': NOT'}`),
    );
    out.dataset.valid = String(ok);
  } catch (e) {
    replace(out, h('span', { class: 'status err' }, errMessage(e)));
  }
}

/** The vault's current epoch, and on the local chain a button that closes it (anvil time travel). */
async function epochPanel(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const p = publicClient();
  const st = status('epoch-status');
  const info = h('span');
  const local = await devKeysAllowed();
  const refresh = async () => {
    const [cur, len] = (await Promise.all([
      p.readContract({ address: addrs().rewardVault, abi: rewardVaultAbi, functionName: 'currentEpoch' }),
      p.readContract({ address: addrs().rewardVault, abi: rewardVaultAbi, functionName: 'epochLength' }),
    ])) as [bigint, bigint];
    info.textContent = `Current epoch ${cur} (epochs last ${len} s of chain time). Requests settle once their epoch has closed.`;
    info.dataset.epoch = String(cur);
    return len;
  };
  const btn = h('button', { class: 'small dev', 'data-testid': 'close-epoch' }, 'Close the epoch now (local chain: anvil time travel)') as HTMLButtonElement;
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    try {
      // Moving the clock one epoch length ahead always lands in the next epoch.
      const len = await refresh();
      const test = createTestClient({ chain: chain(), mode: 'anvil', transport: http(config.rpc) });
      await test.increaseTime({ seconds: Number(len) });
      await test.mine({ blocks: 1 });
      await refresh();
      st.set(`Moved the chain's clock ${len} s forward: the previous epoch is closed and the oracle settles it next (proving takes a while).`, 'ok');
    } catch (e) {
      st.set(errMessage(e), 'err');
    } finally {
      btn.disabled = false;
    }
  });
  el.append(h('p', null, info, ' ', local ? btn : null), st);
  ctx.poll(async () => void (await refresh()), 3000);
}

const ALL_ABIS = [rewardVaultAbi, modelRegistryAbi, datanetRegistryAbi, openTokenAbi] as const;

export async function txPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const hash = ctx.params[0] as Hex;
  el.append(h('h1', null, 'Transaction'), h('p', null, h('code', { class: 'wrap' }, hash)));
  const body = h('div', { 'data-testid': 'tx' });
  el.append(body);
  try {
    const p = publicClient();
    const [tx, receipt] = await Promise.all([p.getTransaction({ hash }), p.getTransactionReceipt({ hash })]);
    const block = await p.getBlock({ blockNumber: receipt.blockNumber });
    const events = receipt.logs.map((l) => {
      for (const abi of ALL_ABIS) {
        try {
          const e = decodeEventLog({ abi, data: l.data, topics: l.topics as [Hex, ...Hex[]] });
          const args = Object.entries((e.args ?? {}) as Record<string, unknown>)
            .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(',')}]` : String(v).length > 20 ? short(String(v), 6) : String(v)}`)
            .join(' ');
          return [e.eventName, h('code', null, short(l.address, 4)), h('span', { class: 'small' }, args)];
        } catch {
          /* next ABI */
        }
      }
      return ['(unknown)', h('code', null, short(l.address, 4)), h('code', null, short(l.topics[0] ?? '', 6))];
    });
    replace(
      body,
      section(
        'Receipt',
        kv([
          ['Status', receipt.status === 'success' ? badge('success', 'ok') : badge('reverted', 'err')],
          ['Block', `${receipt.blockNumber} (${time(Number(block.timestamp))})`],
          ['From', addr(tx.from, { full: true })],
          ['To', tx.to ? addr(tx.to, { full: true }) : '(contract creation)'],
          ['Gas used', receipt.gasUsed.toString()],
          ['Calldata', `${(tx.input.length - 2) / 2} bytes`],
        ]),
      ),
      section('Events', table(['event', 'contract', 'arguments'], events)),
    );
  } catch (e) {
    replace(body, h('p', { class: 'status err' }, errMessage(e)));
  }
}
