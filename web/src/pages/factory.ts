import { parseUnits } from 'viem';
import { lineChart, type Point } from '../charts';
import { wallet } from '../chain';
import { badge, h, kv, link, section, status, table, update } from '../dom';
import { errMessage, short } from '../format';
import { q } from '../gql';
import { oracle, type Job } from '../oracle';
import { navigate, type PageCtx } from '../router';
import { txLink } from './settlements';

function field(label: string, input: HTMLElement, hint?: string): HTMLElement {
  return h('label', { class: 'field' }, h('span', null, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
}

function num(name: string, value: number, attrs: Record<string, string | number> = {}): HTMLInputElement {
  return h('input', { type: 'number', name, value: String(value), 'data-testid': `f-${name}`, ...attrs }) as HTMLInputElement;
}

export async function factoryPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  el.append(
    h('h1', null, 'ModelFactory'),
    h('p', { class: 'lead' }, 'Fine-tune a LoRA (or QLoRA: on a 4-bit quantised base) adapter on a datanet\'s accepted contributions. The oracle trains it, computes the per-contribution gradient features for attribution, and registers the model on chain.'),
  );
  const st = status('factory-status');
  const datanet = h('select', { name: 'datanet', 'data-testid': 'f-datanet', required: true }) as HTMLSelectElement;
  const base = h('select', { name: 'base', 'data-testid': 'f-base', required: true }) as HTMLSelectElement;
  const lora = h('input', { type: 'radio', name: 'method', value: 'lora', checked: true, 'data-testid': 'f-lora' }) as HTMLInputElement;
  const qlora = h('input', { type: 'radio', name: 'method', value: 'qlora', 'data-testid': 'f-qlora' }) as HTMLInputElement;
  const rank = num('rank', 4, { min: 1, max: 64 });
  const alpha = num('alpha', 4, { min: 0.01, step: 'any' });
  const lr = num('lr', 0.01, { min: 0.00001, max: 10, step: 'any' });
  const epochs = num('epochs', 30, { min: 1, max: 10000 });
  const batch = num('batch', 32, { min: 1 });
  const count = num('count', 0, { min: 0 });
  const fee = h('input', { type: 'text', name: 'fee', value: '1', 'data-testid': 'f-fee' }) as HTMLInputElement;
  const meta = h('input', { type: 'text', name: 'meta', value: '', placeholder: 'optional', 'data-testid': 'f-meta' }) as HTMLInputElement;
  const launch = h('button', { type: 'submit', 'data-testid': 'f-launch' }, 'Launch training');
  const w = wallet();
  const form = h(
    'form',
    { class: 'factory' },
    h(
      'div',
      { class: 'fields' },
      field('Datanet', datanet),
      field('Base model', base),
      h('fieldset', { class: 'field' }, h('legend', null, 'Method'), h('label', null, lora, ' LoRA'), h('label', null, qlora, ' QLoRA (4-bit base)')),
      field('Rank', rank, 'adapter rank r (1..64)'),
      field('Alpha', alpha, 'LoRA scaling α (update = α/r · BA)'),
      field('Learning rate', lr),
      field('Epochs', epochs),
      field('Batch size', batch),
      field('Contributions', count, '0 = every accepted contribution'),
      field('Fee per inference (OPEN)', fee),
      field('Metadata URI', meta),
    ),
    h('p', { class: 'muted' }, `Model owner (receives the owner share): ${w ? w.address : 'the oracle (connect a wallet to own the model)'}`),
    launch,
    st,
  );
  el.append(h('div', { class: 'grid2' }, section('New training job', form), section('Jobs', h('div', { id: 'jobs' }))));

  const [dns, bases] = await Promise.all([q.datanets(), oracle.baseModels().catch((e) => (st.set(errMessage(e), 'err'), []))]);
  for (const d of dns.filter((d) => d.kind === 'TABULAR')) datanet.append(h('option', { value: d.id }, `${d.id}: ${d.metadataURI} (${d.acceptedCount} accepted)`));
  for (const b of bases) base.append(h('option', { value: b.hash }, `${b.name} (${short(b.hash, 4)})`));
  if (!datanet.options.length) st.set('No tabular datanet yet.', 'err');

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    launch.disabled = true;
    try {
      const job = await oracle.submitJob({
        datanetId: Number(datanet.value),
        contributionCount: Number(count.value) || undefined,
        baseModel: base.value,
        rank: Number(rank.value),
        alpha: Number(alpha.value),
        learningRate: Number(lr.value),
        epochs: Number(epochs.value),
        batchSize: Number(batch.value),
        qlora: qlora.checked,
        owner: wallet()?.address,
        inferenceFee: parseUnits(fee.value.trim() || '0', 18).toString(),
        metadataURI: meta.value.trim() || undefined,
      });
      st.set(`Job ${job.id} queued.`, 'ok');
      navigate(`/factory/jobs/${job.id}`);
    } catch (e) {
      st.set(errMessage(e), 'err');
    } finally {
      launch.disabled = false;
    }
  });

  const jobs = document.getElementById('jobs')!;
  ctx.poll(async () => {
    const js = await oracle.jobs();
    update(jobs, js.map((j) => [j.id, j.status, j.progress?.stage, j.modelId ?? j.result?.modelId]), () =>
      table(
        ['job', 'datanet', 'method', 'status', 'model'],
        js.map((j) => [
          link(`/factory/jobs/${j.id}`, short(j.id, 4)),
          j.params?.datanetId ?? '—',
          j.params ? `${j.params.qlora ? 'QLoRA' : 'LoRA'} r=${j.params.rank}` : '—',
          stageBadge(j),
          (j.modelId ?? j.result?.modelId) ? link(`/models/${j.modelId ?? j.result?.modelId}`, `Model ${j.modelId ?? j.result?.modelId}`) : '—',
        ]),
        { empty: 'No jobs yet.', testid: 'jobs-table' },
      ),
    );
  }, 3000);
}

function stageBadge(j: Job): HTMLElement {
  const s = j.status === 'running' ? j.progress?.stage || 'running' : j.status;
  return badge(s, j.status === 'done' ? 'ok' : j.status === 'failed' ? 'err' : 'warn');
}

export async function jobPage(el: HTMLElement, ctx: PageCtx): Promise<void> {
  const id = ctx.params[0];
  el.append(h('h1', null, 'Training job ', h('code', null, short(id, 6))), link('/factory', '← ModelFactory'));
  const head = h('div', { 'data-testid': 'job' });
  const chart = h('div', { class: 'chart-box' });
  const result = h('div');
  el.append(section('Progress', head, chart), section('Result', result));
  // Loss points seen while polling, for oracles that report only the current loss.
  const seen = new Map<number, Point>();
  ctx.poll(async () => {
    const j = await oracle.job(id);
    const p = j.progress ?? ({} as Job['progress']);
    head.dataset.status = j.status;
    head.dataset.stage = p.stage ?? '';
    const frac = p.steps ? p.step / p.steps : p.epochs ? p.epoch / p.epochs : j.status === 'done' ? 1 : 0;
    update(head, [j.status, p, j.error], () =>
      h(
        'div',
        null,
        h('p', null, 'Status: ', stageBadge(j), p.epochs ? ` epoch ${p.epoch} of ${p.epochs}` : '', p.steps ? `, step ${p.step} of ${p.steps}` : '', p.etaSeconds ? ` · ETA ${Math.ceil(p.etaSeconds)} s` : ''),
        h('progress', { max: 1, value: j.status === 'done' ? 1 : frac, 'data-testid': 'job-progress' }),
        p.loss ? h('p', { class: 'muted' }, `loss ${p.loss.toFixed(4)}${p.accuracy ? ` · training accuracy ${(p.accuracy * 100).toFixed(1)} %` : ''} · ${p.elapsedSeconds?.toFixed(1) ?? 0} s`) : null,
        j.error ? h('p', { class: 'status err' }, j.error) : null,
        j.params
          ? h('p', { class: 'muted' }, `datanet ${j.params.datanetId} · ${j.params.qlora ? 'QLoRA' : 'LoRA'} rank ${j.params.rank}, alpha ${j.params.alpha} · lr ${j.params.learningRate} · ${j.params.epochs} epochs · batch ${j.params.batchSize}`)
          : null,
      ),
    );
    let loss: Point[];
    if (p.history?.length) {
      loss = p.history.map((x) => ({ x: x.epoch, y: x.loss }));
    } else {
      if (p.loss && (p.step || p.epoch)) {
        const x = p.epoch;
        seen.set(x, { x, y: p.loss });
      }
      loss = [...seen.values()].sort((a, b) => a.x - b.x);
    }
    update(chart, loss.length, () => lineChart([{ name: 'training loss', points: loss, cls: 'loss' }], { xLabel: 'epoch', yLabel: 'training loss' }));
    const r = j.result ?? {};
    const modelId = j.modelId ?? r.modelId;
    update(result, [j.status, r], () =>
      j.status === 'done' && modelId
        ? h(
            'div',
            { 'data-testid': 'job-deployed', 'data-model': String(modelId) },
            h('p', null, badge('deployed', 'ok'), ' Registered on chain as ', link(`/models/${modelId}`, `Model ${modelId}`), r.txHash ? [' in ', txLink(r.txHash)] : ''),
            kv([
              ['Held-out accuracy', r.heldOutAccuracy !== undefined ? `${(r.heldOutAccuracy * 100).toFixed(1)} % on ${r.heldOutSamples} samples` : '—'],
              ['Held-out loss', r.heldOutLoss?.toFixed(4) ?? '—'],
              ['Training samples', String(r.trainSamples ?? '—')],
              ['Adapter hash', h('code', null, r.adapterHash ?? '—')],
              ['Training config hash', h('code', null, r.trainingConfigHash ?? '—')],
              ['Gradient commitment', h('code', null, r.gradientCommitment ?? '—')],
            ]),
          )
        : j.status === 'failed'
          ? h('p', { class: 'status err' }, j.error ?? 'failed')
          : h('p', { class: 'muted' }, j.status === 'registering' ? 'Trained; deploying: registering the model on chain…' : 'Not finished yet.'),
    );
  }, 1000);
}
