import './style.css';
import { loadConfig, config } from './config';
import { h, replace } from './dom';
import { render, route } from './router';
import { onWallet, restoreWallet, wallet } from './chain';
import { short } from './format';
import { q } from './gql';
import { dashboardPage } from './pages/dashboard';
import { datanetPage, datanetsPage } from './pages/datanets';
import { modelPage, modelsPage, requestPage } from './pages/models';
import { settlementPage, settlementsPage, txPage } from './pages/settlements';
import { walletPage } from './pages/wallet';
import { factoryPage, jobPage } from './pages/factory';

route('/', 'dashboard', dashboardPage);
route('/datanets', 'datanets', datanetsPage);
route('/datanets/:id', 'datanets', datanetPage);
route('/models', 'models', modelsPage);
route('/models/:id', 'models', modelPage);
route('/requests/:id', 'models', requestPage);
route('/settlements', 'settlements', settlementsPage);
route('/settlements/:model/:batch', 'settlements', settlementPage);
route('/tx/:hash', 'settlements', txPage);
route('/wallet', 'wallet', walletPage);
route('/factory', 'factory', factoryPage);
route('/factory/jobs/:id', 'factory', jobPage);

function layout(): void {
  const chip = h('a', { href: '#/wallet', class: 'wallet-chip', 'data-testid': 'wallet-chip' }, 'Connect wallet');
  const block = h('span', { class: 'block muted', 'data-testid': 'indexed-block' }, '');
  const nav = h(
    'nav',
    { class: 'top' },
    h('a', { href: '#/', class: 'brand', 'data-nav': 'dashboard' }, 'Proof-of-Attribution'),
    ...(
      [
        ['datanets', 'Datanets'],
        ['models', 'Models'],
        ['settlements', 'Settlements'],
        ['factory', 'ModelFactory'],
        ['wallet', 'Wallet'],
      ] as const
    ).map(([k, label]) => h('a', { href: `#/${k}`, 'data-nav': k }, label)),
    h('span', { class: 'spacer' }),
    block,
    chip,
  );
  replace(document.getElementById('app')!, h('header', null, nav), h('main', { id: 'main' }), h('footer', { class: 'muted' },
    `chain ${config.chainId} · GraphQL ${config.graphql} · oracle ${config.oracle}`));
  const showWallet = () => {
    const w = wallet();
    chip.textContent = w ? `${w.kind === 'dev' ? 'DEV KEY ' : ''}${short(w.address, 4)}` : 'Connect wallet';
    chip.classList.toggle('dev', w?.kind === 'dev');
    chip.title = w ? `${w.label}: ${w.address}` : '';
  };
  onWallet(showWallet);
  showWallet();
  const tick = async () => {
    try {
      const m = await q.meta();
      block.textContent = `indexed block ${m.block.number}${m.chainHead != null ? ` / head ${m.chainHead}` : ''}`;
    } catch {
      block.textContent = 'indexer unreachable';
    }
    setTimeout(tick, 3000);
  };
  void tick();
}

async function start(): Promise<void> {
  await loadConfig();
  layout();
  await restoreWallet();
  window.addEventListener('hashchange', () => void render());
  // Re-render the current page when the wallet changes (pages show per-account state).
  onWallet(() => void render());
  await render();
}

void start();
