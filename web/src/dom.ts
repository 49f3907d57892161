// A tiny element builder: the app renders plain DOM, no framework.
import { nameOf, short } from './format';

export type Child = Node | string | number | bigint | null | undefined | false | Child[];
type Attrs = Record<string, unknown> & { class?: string; style?: string; dataset?: Record<string, string> };

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v as EventListener);
      else if (k === 'class') el.className = String(v);
      else if (k in el && typeof v !== 'string') (el as unknown as Record<string, unknown>)[k] = v;
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

const SVG = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** An address: shortened (full on hover), with its demo name when it has one. */
export function addr(address: string, opts: { full?: boolean; me?: string } = {}): HTMLElement {
  const name = nameOf(address);
  const mine = opts.me && address.toLowerCase() === opts.me.toLowerCase();
  return h(
    'span',
    { class: `addr${mine ? ' me' : ''}`, title: address },
    h('code', null, opts.full ? address : short(address, 4)),
    name ? h('span', { class: 'name' }, ' ', name) : null,
  );
}

/** A link inside the app (hash routing). */
export function link(path: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: '#' + path }, ...children);
}

/** A table with a header row; rows are arrays of cells. */
export function table(head: string[], rows: Child[][], opts: { empty?: string; testid?: string } = {}): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'muted', 'data-testid': opts.testid }, opts.empty ?? 'Nothing yet.');
  return h(
    'table',
    { 'data-testid': opts.testid },
    h('thead', null, h('tr', null, head.map((c) => h('th', null, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))),
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

export function kv(pairs: [string, Child][]): HTMLElement {
  return h('dl', { class: 'kv' }, pairs.map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

export function badge(text: string, kind = ''): HTMLElement {
  return h('span', { class: `badge ${kind}`.trim(), 'data-badge': text }, text);
}

/** A message area that a form writes its progress and errors into. */
export function status(testid: string): HTMLElement & { set(msg: string, kind?: 'ok' | 'err' | 'busy' | ''): void } {
  const el = h('div', { class: 'status', 'data-testid': testid, role: 'status' }) as unknown as HTMLElement & {
    set(msg: string, kind?: 'ok' | 'err' | 'busy' | ''): void;
  };
  el.set = (msg, kind = '') => {
    el.textContent = msg;
    el.className = `status ${kind}`.trim();
    el.dataset.state = kind;
  };
  return el;
}

/** Replaces el's children only when key changed since the last call (polling without flicker). */
export function update(el: HTMLElement, key: unknown, build: () => Child): void {
  const k = typeof key === 'string' ? key : JSON.stringify(key, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
  if (el.dataset.key === k) return;
  el.dataset.key = k;
  replace(el, build());
}
