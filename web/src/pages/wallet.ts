import { formatEther } from 'viem';
import { addrs, connectDev, connectInjected, devAccount, devKeysAllowed, devLabel, disconnect, injectedProvider, openTokenAbi, publicClient, rewardVaultAbi, wallet, write } from '../chain';
import { config } from '../config';
import { badge, h, kv, link, section, status, table, update } from '../dom';
import { errMessage, open, short, time } from '../format';
import { q, type WalletModel } from '../gql';
import type { PageCtx } from '../router';
import { txLink } from './settlements';

export async function walletPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  el.append(h('h1', null, 'Wallet'));
  el.append(section('Connection', await connectionPanel()));
  const w = wallet();
  if (!w) return;
  const balances = h('div');
  const claimable = h('div');
  const claims = h('div');
  const claimStatus = status('claim-status');
  el.append(section('Balances', balances), section('Claimable rewards per model', claimStatus, claimable), section('Your claims', claims));
  ctx.poll(async () => {
    const p = publicClient();
    const [eth, openBal, credited, wal] = await Promise.all([
      p.getBalance({ address: w.address }),
      p.readContract({ address: addrs().openToken, abi: openTokenAbi, functionName: 'balanceOf', args: [w.address] }) as Promise<bigint>,
      p.readContract({ address: addrs().rewardVault, abi: rewardVaultAbi, functionName: 'balanceOf', args: [w.address] }) as Promise<bigint>,
      q.wallet(w.address),
    ]);
    update(balances, [eth, openBal, credited, wal.totals], () =>
      kv([
        ['Address', h('code', null, w.address)],
        ['OPEN', h('span', { 'data-testid': 'open-balance', 'data-wei': openBal.toString() }, open(openBal))],
        ['ETH (gas)', `${Number(formatEther(eth)).toFixed(4)} ETH`],
        ['Claimable now', h('span', { 'data-testid': 'claimable-total', 'data-wei': wal.claimable }, open(wal.claimable))],
        [
          'Credited in the vault (model owner / validator / treasury shares)',
          h('span', null, open(credited), ' ', credited > 0n ? withdrawButton(claimStatus) : null),
        ],
        [
          'Contributions',
          wal.totals ? `${wal.totals.submitted} submitted, ${wal.totals.accepted} accepted, ${wal.totals.rejected} rejected in ${wal.totals.datanets} datanets; ${open(wal.totals.claimed)} claimed so far` : 'none',
        ],
      ]),
    );
    update(claimable, wal.models, () =>
      table(
        ['model', 'datanet', 'your leaves', 'earned (cumulative)', 'claimed', 'claimable', 'tree', ''],
        wal.models.map((m) => [
          link(`/models/${m.model.id}`, `Model ${m.model.id}`),
          link(`/datanets/${m.model.datanet.id}`, m.model.datanet.id),
          m.leaves.length,
          open(m.cumulative),
          open(m.claimed),
          h('strong', { 'data-testid': `claimable-${m.model.id}` }, open(m.claimable)),
          m.current ? badge(`batch #${m.batchId}`, 'ok') : badge('latest batch not verified yet', 'warn'),
          BigInt(m.claimable) > 0n && m.current ? claimButton(m, claimStatus) : '',
        ]),
        { empty: 'Nothing earned yet: contribute to a datanet whose models are used.', testid: 'claimable-table' },
      ),
    );
    update(claims, wal.claims.nodes, () =>
      table(
        ['model', 'amount', 'leaves', 'time', 'tx'],
        wal.claims.nodes.map((c) => [link(`/models/${c.model.id}`, `Model ${c.model.id}`), open(c.amount), c.leafIndices.join(', '), time(c.timestamp), txLink(c.txHash)]),
        { empty: 'No claims yet.', testid: 'claims-table' },
      ),
    );
  }, 3000);
}

function claimButton(m: WalletModel, st: ReturnType<typeof status>): HTMLElement {
  const b = h('button', { class: 'ok', 'data-testid': `claim-${m.model.id}` }, 'Claim') as HTMLButtonElement;
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const leaves = m.leaves
        .filter((l) => BigInt(l.claimable) > 0n)
        .map((l) => ({ index: BigInt(l.index), cumulative: BigInt(l.cumulative), proof: l.proof as `0x${string}`[] }));
      st.set(`Claiming ${open(m.claimable)} from model ${m.model.id} (${leaves.length} leaves)…`, 'busy');
      const { hash } = await write({ address: addrs().rewardVault, abi: rewardVaultAbi, functionName: 'claim', args: [BigInt(m.model.id), leaves] });
      st.set(`Claimed ${open(m.claimable)} from model ${m.model.id} (tx ${short(hash, 6)}).`, 'ok');
    } catch (e) {
      st.set(errMessage(e), 'err');
      b.disabled = false;
    }
  });
  return b;
}

function withdrawButton(st: ReturnType<typeof status>): HTMLElement {
  const b = h('button', { class: 'small', 'data-testid': 'withdraw' }, 'Withdraw') as HTMLButtonElement;
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const w = wallet()!;
      st.set('Withdrawing your credited balance…', 'busy');
      await write({ address: addrs().rewardVault, abi: rewardVaultAbi, functionName: 'withdraw', args: [w.address] });
      st.set('Withdrawn.', 'ok');
    } catch (e) {
      st.set(errMessage(e), 'err');
      b.disabled = false;
    }
  });
  return b;
}

async function connectionPanel(): Promise<HTMLElement> {
  const st = status('wallet-status');
  const w = wallet();
  const injected = h('button', { 'data-testid': 'connect-injected', disabled: !injectedProvider() }, injectedProvider() ? 'Connect browser wallet' : 'No browser wallet found');
  injected.addEventListener('click', async () => {
    try {
      await connectInjected();
    } catch (e) {
      st.set(errMessage(e), 'err');
    }
  });
  const parts: (HTMLElement | string)[] = [];
  parts.push(
    w
      ? h('p', { 'data-testid': 'connected-as' }, w.kind === 'dev' ? badge('DEV KEY', 'dev') : badge('injected wallet', 'ok'), ' ', h('strong', null, w.label), ' ', h('code', null, w.address), ' ', h('button', { class: 'small', onclick: () => disconnect() }, 'Disconnect'))
      : h('p', null, 'Not connected.'),
    h('p', null, injected, h('span', { class: 'muted' }, ' any EIP-1193 wallet (window.ethereum), on chain ', String(config.chainId))),
  );
  if (await devKeysAllowed()) {
    const sel = h('select', { 'data-testid': 'dev-account' }) as HTMLSelectElement;
    const indices = config.devAccounts?.length ? config.devAccounts.map((a) => a.index) : [...Array(10).keys()];
    for (const i of indices) sel.append(h('option', { value: String(i) }, `${devLabel(i)} (${short(devAccount(i).address, 4)})`));
    if (w?.kind === 'dev') sel.value = String(indices.find((i) => devAccount(i).address === w.address) ?? indices[0]);
    const use = h('button', { 'data-testid': 'connect-dev' }, 'Use development key');
    use.addEventListener('click', async () => {
      try {
        await connectDev(Number(sel.value));
      } catch (e) {
        st.set(errMessage(e), 'err');
      }
    });
    parts.push(
      h(
        'div',
        { class: 'devkeys' },
        h('h3', null, 'Development keys (local chain only)'),
        h('p', { class: 'warn' }, 'These are anvil\'s public test keys (mnemonic "test test … junk"): anyone can sign with them. The app offers them only when the chain is the local chain (id 31337). Never send real funds to them.'),
        h('p', null, sel, ' ', use),
      ),
    );
  }
  parts.push(st);
  return h('div', null, ...parts);
}
