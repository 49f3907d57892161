import { badge, h, link, replace, section, table } from '../dom';
import { open, time } from '../format';
import { q } from '../gql';
import type { PageCtx } from '../router';

export async function dashboardPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const stats = h('div', { class: 'stats' });
  const datanets = h('div');
  const models = h('div');
  const settlements = h('div');
  el.append(
    h('h1', null, 'Dashboard'),
    h('p', { class: 'lead' }, 'Community datanets, the models trained on them, and every paid inference attributed back to the contributions that shaped it, settled with a zero-knowledge proof.'),
    stats,
    section('Datanets', datanets),
    section('Models', models),
    section('Latest settlements', settlements),
  );
  ctx.poll(async () => {
    const d = await q.dashboard();
    const ns = d.datanets.nodes;
    const ms = d.models.nodes;
    const total = (f: (m: (typeof ms)[number]) => string) => ms.reduce((a, m) => a + BigInt(f(m)), 0n);
    replace(
      stats,
      stat('Indexed block', String(d._meta.block.number)),
      stat('Datanets', String(ns.length)),
      stat('Contributions', String(ns.reduce((a, n) => a + n.contributionCount, 0))),
      stat('Models', String(ms.length)),
      stat('Inferences', String(ms.reduce((a, m) => a + m.requestCount, 0))),
      stat('Fees paid', open(total((m) => m.feeTotal))),
      stat('Paid to contributors', open(total((m) => m.distributedTotal))),
    );
    replace(
      datanets,
      table(
        ['#', 'datanet', 'kind', 'contributions', 'accepted', 'rejected', 'pending', 'contributors', 'models'],
        ns.map((n) => [link(`/datanets/${n.id}`, n.id), link(`/datanets/${n.id}`, n.metadataURI), n.kind.toLowerCase(), n.contributionCount, n.acceptedCount, n.rejectedCount, n.pendingCount, n.contributorCount, n.modelCount]),
        { empty: 'No datanets yet.', testid: 'dashboard-datanets' },
      ),
    );
    replace(
      models,
      table(
        ['#', 'datanet', 'trained on', 'fee', 'inferences', 'distributed'],
        ms.map((m) => [link(`/models/${m.id}`, m.id), link(`/datanets/${m.datanet.id}`, m.datanet.metadataURI), `${m.contributionCount} contributions`, open(m.inferenceFee), m.requestCount, open(m.distributedTotal)]),
        { empty: 'No models yet: train one in the ModelFactory.' },
      ),
    );
    replace(
      settlements,
      table(
        ['model', 'batch', 'epoch', 'requests', 'fees', 'proof', 'document', 'time'],
        d.settlements.nodes.map((st) => [
          link(`/models/${st.model.id}`, st.model.id),
          link(`/settlements/${st.model.id}/${st.batchId}`, `#${st.batchId}`),
          st.epoch,
          st.requestIds.length,
          open(st.feeTotal),
          badge('verified on-chain', 'ok'),
          badge(st.publication.toLowerCase(), st.publication === 'VERIFIED' ? 'ok' : st.publication === 'REJECTED' ? 'err' : 'warn'),
          time(st.timestamp),
        ]),
        { empty: 'No settlements yet.' },
      ),
    );
  }, 3000);
}

function stat(label: string, value: string): HTMLElement {
  return h('div', { class: 'stat' }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}
