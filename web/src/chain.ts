// Chain access with viem: reads through the configured RPC, writes through the connected wallet
// (an EIP-1193 injected wallet, or on the local chain one of anvil's development keys).
import {
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  http,
  type Account,
  type Address,
  type Chain,
  type EIP1193Provider,
  type Hash,
  type PublicClient,
  type WalletClient,
} from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { config, LOCAL_CHAIN_ID } from './config';
import { datanetRegistryAbi, iScoreVerifierAbi, modelRegistryAbi, openTokenAbi, rewardVaultAbi } from './generated/abi';

export { datanetRegistryAbi, iScoreVerifierAbi, modelRegistryAbi, openTokenAbi, rewardVaultAbi };

/** anvil's well-known development mnemonic: local chain only, never anywhere else. */
export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

let chainDef: Chain;
let pub: PublicClient;

export function chain(): Chain {
  chainDef ??= defineChain({
    id: config.chainId,
    name: config.chainId === LOCAL_CHAIN_ID ? 'Local (anvil)' : `Chain ${config.chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [config.rpc] } },
  });
  return chainDef;
}

export function publicClient(): PublicClient {
  pub ??= createPublicClient({ chain: chain(), transport: http(config.rpc), pollingInterval: 500 });
  return pub;
}

// ---------------------------------------------------------------- wallet

export type WalletKind = 'injected' | 'dev';

export interface Connected {
  kind: WalletKind;
  address: Address;
  label: string;
  client: WalletClient;
  account: Account | Address;
}

type Listener = (w: Connected | null) => void;
let current: Connected | null = null;
const listeners = new Set<Listener>();

export function wallet(): Connected | null {
  return current;
}

export function onWallet(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

function set(w: Connected | null) {
  current = w;
  if (w?.kind === 'dev') sessionStorage.setItem('poa.devKey', String(devIndexOf(w)));
  else sessionStorage.removeItem('poa.devKey');
  for (const l of listeners) l(w);
}

function devIndexOf(w: Connected): number {
  return Number(w.label.match(/^anvil #(\d+)/)?.[1] ?? 0);
}

export function injectedProvider(): EIP1193Provider | undefined {
  return (window as unknown as { ethereum?: EIP1193Provider }).ethereum;
}

/** Connects the browser's injected wallet (EIP-1193) and asks it to switch to the app's chain. */
export async function connectInjected(): Promise<Connected> {
  const provider = injectedProvider();
  if (!provider) throw new Error('No injected wallet found (window.ethereum). Install one, or use a development key on the local chain.');
  const client = createWalletClient({ chain: chain(), transport: custom(provider) });
  const [address] = await client.requestAddresses();
  if (!address) throw new Error('The wallet returned no account.');
  const id = await client.getChainId();
  if (id !== config.chainId) {
    try {
      await client.switchChain({ id: config.chainId });
    } catch {
      await client.addChain({ chain: chain() });
    }
  }
  const w: Connected = { kind: 'injected', address, label: 'Injected wallet', client, account: address };
  set(w);
  (provider as unknown as { on?: (e: string, f: (a: Address[]) => void) => void }).on?.('accountsChanged', (accounts) => {
    if (accounts[0]) set({ ...w, address: accounts[0], account: accounts[0] });
    else set(null);
  });
  return w;
}

/** True when the dev-key wallet may be offered: the configured chain and the node are the local chain. */
export async function devKeysAllowed(): Promise<boolean> {
  if (config.chainId !== LOCAL_CHAIN_ID) return false;
  try {
    return (await publicClient().getChainId()) === LOCAL_CHAIN_ID;
  } catch {
    return false;
  }
}

export function devAccount(index: number) {
  return mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index });
}

export function devLabel(index: number): string {
  const role = config.devAccounts?.find((a) => a.index === index)?.label;
  return `anvil #${index}${role ? ' — ' + role : ''}`;
}

/** Signs locally with anvil's development key #index (chain 31337 only). */
export async function connectDev(index: number): Promise<Connected> {
  if (!(await devKeysAllowed())) throw new Error('Development keys are only available on the local chain (id 31337).');
  const account = devAccount(index);
  const client = createWalletClient({ chain: chain(), transport: http(config.rpc), account });
  const w: Connected = { kind: 'dev', address: account.address, label: devLabel(index), client, account };
  set(w);
  return w;
}

export function disconnect(): void {
  set(null);
}

/** Restores a dev-key session after a reload. */
export async function restoreWallet(): Promise<void> {
  const i = sessionStorage.getItem('poa.devKey');
  if (i !== null) await connectDev(Number(i)).catch(() => sessionStorage.removeItem('poa.devKey'));
}

export function requireWallet(): Connected {
  if (!current) throw new Error('Connect a wallet first (Wallet page).');
  return current;
}

/** Sends a contract write from the connected wallet and waits for its receipt; throws when it reverts. */
export async function write(args: {
  address: Address;
  abi: readonly unknown[];
  functionName: string;
  args: readonly unknown[];
}): Promise<{ hash: Hash; logs: readonly { address: Address; topics: readonly Hash[]; data: Hash }[] }> {
  const w = requireWallet();
  const p = publicClient();
  // Simulate first: a revert is reported with its decoded custom error before anything is sent.
  const { request } = await p.simulateContract({ ...(args as Record<string, unknown>), account: w.account } as never);
  const hash = await w.client.writeContract({ ...(request as Record<string, unknown>), account: w.account, chain: chain() } as never);
  const receipt = await p.waitForTransactionReceipt({ hash });
  if (receipt.status !== 'success') throw new Error(`transaction ${hash} reverted`);
  return { hash, logs: receipt.logs as never };
}

export const addrs = () => config.contracts;
