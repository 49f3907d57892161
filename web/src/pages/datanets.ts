import { decodeEventLog, sha256, type Hex } from 'viem';
import { addrs, datanetRegistryAbi, openTokenAbi, publicClient, wallet, write } from '../chain';
import { addr, badge, h, kv, link, replace, section, status, table, update } from '../dom';
import { bytes, errMessage, open, pct, short, time } from '../format';
import { q, type Contribution, type Datanet } from '../gql';
import { oracle } from '../oracle';
import type { PageCtx } from '../router';

export async function datanetsPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const list = h('div');
  el.append(h('h1', null, 'Datanets'), section('All datanets', list));
  ctx.poll(async () => {
    const ns = await q.datanets();
    replace(
      list,
      table(
        ['#', 'datanet', 'kind', 'bond', 'validators', 'contributions', 'accepted', 'contributors', 'models'],
        ns.map((n) => [
          link(`/datanets/${n.id}`, n.id),
          link(`/datanets/${n.id}`, n.metadataURI),
          n.kind.toLowerCase(),
          open(n.bond),
          `${n.quorum} of ${n.validatorCount}`,
          n.contributionCount,
          n.acceptedCount,
          n.contributorCount,
          n.modelCount,
        ]),
        { empty: 'No datanets yet.', testid: 'datanets-table' },
      ),
    );
  }, 4000);
}

export function statusBadge(s: Contribution['status']): HTMLElement {
  return badge(s.toLowerCase(), s === 'ACCEPTED' ? 'ok' : s === 'REJECTED' ? 'err' : 'warn');
}

export async function datanetPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const id = ctx.params[0];
  const head = h('div');
  const info = h('div');
  const upload = h('div');
  const contribs = h('div');
  const board = h('div');
  const models = h('div');
  el.append(
    head,
    h('div', { class: 'grid2' }, section('About', info), section('Contribute', upload)),
    section('Leaderboard', board),
    section('Contributions', contribs),
    section('Models trained on this datanet', models),
  );
  const first = await q.datanet(id);
  if (!first) {
    replace(head, h('h1', null, `Datanet ${id}`), h('p', { class: 'status err' }, 'No such datanet (yet).'));
    return;
  }
  replace(head, h('h1', null, `Datanet ${id}: ${first.metadataURI}`));
  const form = uploadForm(first, ctx);
  upload.append(form.el);

  const me = wallet()?.address.toLowerCase();
  ctx.poll(async () => {
    const d = await q.datanet(id);
    if (!d) return;
    replace(
      info,
      kv([
        ['Kind', d.kind.toLowerCase()],
        ['Owner', addr(d.owner, { full: true })],
        ['Bond per contribution', `${open(d.bond)}${d.forfeitBondOnReject ? ' (forfeited when rejected)' : ' (returned either way)'}`],
        ['Validators', h('span', null, `quorum ${d.quorum} of ${d.validatorCount}: `, d.validators.map((v) => [addr(v), ' ']))],
        ['Quota per contributor per day', `${d.quota.filesPerContributorPerDay} files, ${bytes(d.quota.bytesPerContributorPerDay)}`],
        ['Quota per datanet per day', bytes(d.quota.bytesPerDatanetPerDay)],
        ['Contributions', `${d.contributionCount} (${d.acceptedCount} accepted, ${d.rejectedCount} rejected, ${d.pendingCount} pending) from ${d.contributorCount} contributors, ${bytes(d.bytesSubmitted)}`],
        ['Accumulator', h('code', null, short(d.accumulator, 10))],
        ['Validator pool', open(d.validatorPool)],
        ['Created', time(d.createdAt)],
      ]),
    );
    update(board, [d.leaderboard.nodes, me], () =>
      table(
        ['rank', 'contributor', 'score', 'submitted', 'accepted', 'rejected', 'pending'],
        d.leaderboard.nodes.map((c) => [
          c.rank,
          addr(c.address, { full: true, me }),
          pct(c.score),
          c.submitted,
          c.accepted,
          c.rejected,
          c.pending,
        ]),
        { empty: 'No contributors yet.', testid: 'leaderboard' },
      ),
    );
    const w = wallet();
    const isValidator = !!w && d.validators.some((v) => v.toLowerCase() === w.address.toLowerCase());
    update(contribs, [d.contributions.nodes, w?.address], () =>
      table(
        ['#', 'contributor', 'file', 'size', 'status', 'votes', 'index', 'submitted', isValidator ? 'your vote' : ''],
        d.contributions.nodes.map((c) => [
          h('span', { 'data-contribution': c.id }, c.id),
          addr(c.contributor, { me }),
          h('a', { href: oracle.contentURL(c.id), title: `${c.uri} — download from the oracle`, target: '_blank', rel: 'noopener' }, h('code', null, short(c.contentHash, 6))),
          bytes(c.size),
          statusBadge(c.status),
          `${c.accepts} ✓ / ${c.rejects} ✗`,
          c.acceptedIndex ?? '—',
          time(c.submittedAt),
          isValidator && c.status === 'PENDING' ? voteButtons(c.id, d) : '',
        ]),
        { empty: 'No contributions yet: be the first.', testid: 'contributions' },
      ),
    );
    replace(
      models,
      table(
        ['#', 'trained on', 'fee', 'inferences', 'distributed'],
        d.models.nodes.map((m) => [link(`/models/${m.id}`, m.id), `${m.contributionCount} accepted contributions`, open(m.inferenceFee), m.requestCount, open(m.distributedTotal)]),
        { empty: 'No models yet.' },
      ),
    );
    await form.refresh();
  }, 2500);
}

function voteButtons(contributionId: string, d: Datanet): HTMLElement {
  const out = h('span', { class: 'votes' });
  const st = h('span', { class: 'muted' });
  const w = wallet()!;
  void publicClient()
    .readContract({ address: addrs().datanetRegistry, abi: datanetRegistryAbi, functionName: 'hasVoted', args: [BigInt(contributionId), w.address] })
    .then((voted) => {
      if (voted) {
        replace(out, h('span', { class: 'muted' }, 'voted'));
        return;
      }
      const vote = (accept: boolean) => async () => {
        st.textContent = 'sending…';
        try {
          await write({ address: addrs().datanetRegistry, abi: datanetRegistryAbi, functionName: 'vote', args: [BigInt(contributionId), accept] });
          st.textContent = accept ? 'accepted ✓' : 'rejected ✗';
        } catch (e) {
          st.textContent = errMessage(e);
        }
      };
      replace(
        out,
        h('button', { class: 'small ok', onclick: vote(true), 'data-testid': `accept-${contributionId}` }, 'Accept'),
        h('button', { class: 'small err', onclick: vote(false), 'data-testid': `reject-${contributionId}` }, 'Reject'),
        st,
      );
    })
    .catch(() => replace(out, ''));
  void d;
  return out;
}

/** Checks a tabular (digits) CSV before it is sent: 64 pixel values 0..16 and a label 0..9 per row. */
export function checkTabular(text: string): string | null {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const f = lines[i].split(',');
    if (f.length !== 65) return `line ${i + 1}: ${f.length} fields, want 64 pixel values and a label`;
    for (let j = 0; j < 65; j++) {
      if (!/^\d{1,3}$/.test(f[j])) return `line ${i + 1}, column ${j + 1}: "${f[j]}" is not an integer`;
      const v = Number(f[j]);
      if (j < 64 && v > 16) return `line ${i + 1}, column ${j + 1}: pixel value ${v} is above 16`;
      if (j === 64 && v > 9) return `line ${i + 1}: label ${v} is not a digit`;
    }
  }
  return null;
}

function uploadForm(d: Datanet, ctx: PageCtx): { el: HTMLElement; refresh(): Promise<void> } {
  const quota = h('div', { class: 'quota', 'data-testid': 'quota' });
  const fileInput = h('input', { type: 'file', accept: d.kind === 'TABULAR' ? '.csv,text/csv' : undefined, 'data-testid': 'upload-file' }) as HTMLInputElement;
  const st = status('upload-status');
  const tracked = h('div', { class: 'tracked', 'data-testid': 'upload-tracked' });
  let trackedId: string | null = null;
  let oracleState = '';
  const btn = h('button', { type: 'submit', 'data-testid': 'upload-submit' }, 'Upload and contribute');
  const form = h(
    'form',
    { class: 'upload' },
    h('p', { class: 'muted' }, d.kind === 'TABULAR' ? 'A CSV of digit samples: 64 pixel values (0..16) and the label (0..9) per row, no header.' : `A ${d.kind.toLowerCase()} file.`),
    quota,
    h('label', null, 'File ', fileInput),
    btn,
    st,
    tracked,
  );

  async function refresh() {
    const w = wallet();
    if (!w) {
      replace(quota, h('p', null, 'Connect a wallet (', h('a', { href: '#/wallet' }, 'Wallet page'), ') to contribute.'));
      btn.disabled = true;
      return;
    }
    btn.disabled = false;
    try {
      const p = publicClient();
      const [usage, bal] = await Promise.all([
        p.readContract({ address: addrs().datanetRegistry, abi: datanetRegistryAbi, functionName: 'usageToday', args: [BigInt(d.id), w.address] }),
        p.readContract({ address: addrs().openToken, abi: openTokenAbi, functionName: 'balanceOf', args: [w.address] }),
      ]);
      const [files, used, dnUsed] = usage as readonly [bigint, bigint, bigint];
      const lim = d.quota;
      const bar = (label: string, a: bigint, b: bigint, fmt: (x: bigint) => string) =>
        h(
          'div',
          { class: 'meter' },
          h('span', null, `${label}: ${fmt(a)} of ${fmt(b)}`),
          h('progress', { max: Number(b), value: Number(a > b ? b : a) }),
        );
      replace(
        quota,
        bar('Your files today', files, BigInt(lim.filesPerContributorPerDay), String),
        bar('Your bytes today', used, BigInt(lim.bytesPerContributorPerDay), (x) => bytes(x)),
        bar('Datanet bytes today', dnUsed, BigInt(lim.bytesPerDatanetPerDay), (x) => bytes(x)),
        h('div', { class: 'muted' }, `Bond: ${open(d.bond)} · your balance: ${open(bal as bigint)}`),
      );
      if (files >= BigInt(lim.filesPerContributorPerDay)) {
        btn.disabled = true;
        st.set('Daily file quota reached for this datanet; try again tomorrow (UTC).', 'err');
      }
    } catch (e) {
      replace(quota, h('p', { class: 'status err' }, `quota: ${errMessage(e)}`));
    }
    if (trackedId) {
      const c = await q.contribution(trackedId);
      if (c) {
        replace(
          tracked,
          h('div', null, `Contribution #${c.id}: `, statusBadge(c.status), ` ${c.accepts} accept / ${c.rejects} reject votes (quorum ${d.quorum})`, c.acceptedIndex != null ? ` · accepted index ${c.acceptedIndex}` : ''),
          oracleState ? h('div', { class: 'muted' }, `Oracle: ${oracleState}`) : null,
        );
        tracked.dataset.status = c.status;
      }
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const file = fileInput.files?.[0];
    if (!file) return st.set('Choose a file first.', 'err');
    btn.disabled = true;
    try {
      const w = wallet();
      if (!w) throw new Error('Connect a wallet first.');
      const buf = new Uint8Array(await file.arrayBuffer());
      if (buf.length === 0) throw new Error('The file is empty.');
      if (d.kind === 'TABULAR') {
        const bad = checkTabular(new TextDecoder().decode(buf));
        if (bad) throw new Error(`Not a digits CSV: ${bad}`);
      }
      const hash = sha256(buf) as Hex;
      const bond = BigInt(d.bond);
      if (bond > 0n) {
        const allowance = (await publicClient().readContract({ address: addrs().openToken, abi: openTokenAbi, functionName: 'allowance', args: [w.address, addrs().datanetRegistry] })) as bigint;
        if (allowance < bond) {
          st.set(`Approving the bond (${open(bond)})…`, 'busy');
          await write({ address: addrs().openToken, abi: openTokenAbi, functionName: 'approve', args: [addrs().datanetRegistry, bond] });
        }
      }
      st.set('Submitting the contribution on chain…', 'busy');
      const uri = oracle.contentURI(hash);
      const { logs } = await write({ address: addrs().datanetRegistry, abi: datanetRegistryAbi, functionName: 'contribute', args: [BigInt(d.id), hash, buf.length, uri] });
      let contributionId: bigint | undefined;
      for (const l of logs) {
        try {
          const ev = decodeEventLog({ abi: datanetRegistryAbi, data: l.data, topics: l.topics as [Hex, ...Hex[]] });
          if (ev.eventName === 'ContributionSubmitted') contributionId = (ev.args as { contributionId: bigint }).contributionId;
        } catch {
          /* other contract */
        }
      }
      if (contributionId === undefined) throw new Error('no ContributionSubmitted event in the receipt');
      trackedId = contributionId.toString();
      st.set(`Contribution #${trackedId} submitted; uploading the file to the oracle…`, 'busy');
      const res = await oracle.uploadContent(contributionId, buf, file.name);
      oracleState = `${res.stored ? 'stored' : 'already stored'} ${res.kind} file, ${bytes(res.size)}, checked against the on-chain hash`;
      fileInput.value = '';
      await refresh();
      st.set(`Contribution #${trackedId}: file checked and stored by the oracle; waiting for the validators.`, 'ok');
    } catch (e) {
      st.set(errMessage(e), 'err');
    } finally {
      btn.disabled = false;
    }
  });
  void ctx;
  return { el: form, refresh };
}

