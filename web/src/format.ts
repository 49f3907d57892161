import { formatUnits } from 'viem';
import { config } from './config';

/** OPEN amount (wei, 18 decimals) with up to 4 fraction digits. */
export function open(wei: bigint | string | null | undefined): string {
  if (wei === null || wei === undefined || wei === '') return '—';
  const v = typeof wei === 'bigint' ? wei : BigInt(wei);
  const s = formatUnits(v, 18);
  const [i, f = ''] = s.split('.');
  const frac = f.slice(0, 4).replace(/0+$/, '');
  const whole = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (frac === '' && v !== 0n && f !== '' && /^-?0$/.test(i)) return '< 0.0001 OPEN';
  return `${whole}${frac ? '.' + frac : ''} OPEN`;
}

export function short(hex: string | null | undefined, n = 6): string {
  if (!hex) return '—';
  return hex.length > 2 * n + 2 ? `${hex.slice(0, n + 2)}…${hex.slice(-n + 2)}` : hex;
}

export function time(unix: number | null | undefined): string {
  if (!unix) return '—';
  return new Date(unix * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

export function bytes(n: number | string | bigint): string {
  const v = Number(n);
  if (v < 1024) return `${v} B`;
  if (v < 1024 * 1024) return `${(v / 1024).toFixed(1)} KiB`;
  return `${(v / 1024 / 1024).toFixed(1)} MiB`;
}

export function pct(bps: number): string {
  return `${(bps / 100).toFixed(2)} %`;
}

export function errMessage(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { shortMessage?: string; message?: string; details?: string };
    if (o.shortMessage) return o.details && !o.shortMessage.includes(o.details) ? `${o.shortMessage} (${o.details})` : o.shortMessage;
    if (o.message) return o.message;
  }
  return String(e);
}

/** The demo's name for an address (from config.devAccounts), if it has one. */
export function nameOf(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const a = address.toLowerCase();
  return config.devAccounts?.find((d) => d.address?.toLowerCase() === a)?.name;
}

/** A short label for an address: its demo name, else the shortened address. */
export function who(address: string | null | undefined, n = 4): string {
  return nameOf(address) ?? short(address, n);
}
