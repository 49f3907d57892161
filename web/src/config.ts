import type { Address } from 'viem';

/** Runtime configuration, read from ./config.json next to index.html (the demo writes it). */
export interface AppConfig {
  /** GraphQL endpoint of the indexer (default: /graphql on the page's origin). */
  graphql: string;
  /** Base URL of the oracle's HTTP API. */
  oracle: string;
  /** JSON-RPC endpoint for reads and the dev-key wallet. */
  rpc: string;
  chainId: number;
  contracts: {
    openToken: Address;
    datanetRegistry: Address;
    modelRegistry: Address;
    rewardVault: Address;
  };
  /** Block explorer transaction URL with {hash}; empty: the app's own transaction page. */
  explorerTx?: string;
  /** Local chain only: anvil's development accounts the dev-key wallet offers, with their demo roles. */
  devAccounts?: { index: number; label: string; name?: string; address?: string }[];
}

const defaults: AppConfig = {
  graphql: '/graphql',
  oracle: 'http://127.0.0.1:8645',
  rpc: 'http://127.0.0.1:8545',
  chainId: 31337,
  contracts: {
    openToken: '0x0000000000000000000000000000000000000000',
    datanetRegistry: '0x0000000000000000000000000000000000000000',
    modelRegistry: '0x0000000000000000000000000000000000000000',
    rewardVault: '0x0000000000000000000000000000000000000000',
  },
};

export let config: AppConfig = defaults;

export async function loadConfig(): Promise<AppConfig> {
  try {
    const r = await fetch('./config.json', { cache: 'no-store' });
    if (r.ok) config = { ...defaults, ...((await r.json()) as Partial<AppConfig>) };
  } catch {
    // keep the defaults
  }
  // ?graphql=…&oracle=…&rpc=… override (handy with `npm run dev`).
  const q = new URLSearchParams(location.search);
  for (const k of ['graphql', 'oracle', 'rpc'] as const) {
    const v = q.get(k);
    if (v) config = { ...config, [k]: v };
  }
  config.graphql = new URL(config.graphql, location.href).toString();
  config.oracle = config.oracle.replace(/\/+$/, '');
  return config;
}

export const LOCAL_CHAIN_ID = 31337;
