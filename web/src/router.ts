// Hash routing: #/path segments map to page renderers. A page gets a container and a context that
// runs its polling loops and cleans them up when the page is left.
import { h, replace } from './dom';
import { errMessage } from './format';

export interface PageCtx {
  params: string[];
  /** Re-run fn every ms while the page is shown (first run immediately). */
  poll(fn: () => Promise<void> | void, ms?: number): void;
  onLeave(fn: () => void): void;
  alive(): boolean;
}

export type Page = (el: HTMLElement, ctx: PageCtx) => Promise<void> | void;

interface Route {
  re: RegExp;
  page: Page;
  nav: string;
}

const routes: Route[] = [];
let cleanups: (() => void)[] = [];
let generation = 0;

export function route(pattern: string, nav: string, page: Page): void {
  const re = new RegExp('^' + pattern.replace(/:[a-z]+/g, '([^/]+)') + '/?$');
  routes.push({ re, page, nav });
}

export function navigate(path: string): void {
  if (location.hash === '#' + path) void render();
  else location.hash = path;
}

export async function render(): Promise<void> {
  const path = location.hash.replace(/^#/, '') || '/';
  const main = document.getElementById('main')!;
  for (const c of cleanups) c();
  cleanups = [];
  const gen = ++generation;
  const r = routes.find((x) => x.re.test(path));
  document.querySelectorAll('nav.top a').forEach((a) => a.classList.toggle('active', a.getAttribute('data-nav') === r?.nav));
  if (!r) {
    replace(main, h('section', { class: 'card' }, h('h2', null, 'Not found'), h('p', null, `No page at ${path}.`)));
    return;
  }
  const params = (path.match(r.re) ?? []).slice(1).map(decodeURIComponent);
  const ctx: PageCtx = {
    params,
    alive: () => gen === generation,
    onLeave: (fn) => cleanups.push(fn),
    poll(fn, ms = 2000) {
      let timer: number | undefined;
      const tick = async () => {
        if (gen !== generation) return;
        try {
          await fn();
        } catch (e) {
          console.warn('poll', e);
        }
        if (gen === generation) timer = window.setTimeout(tick, ms);
      };
      cleanups.push(() => clearTimeout(timer));
      void tick();
    },
  };
  replace(main);
  main.dataset.page = r.nav;
  try {
    await r.page(main, ctx);
  } catch (e) {
    if (gen === generation) main.append(h('p', { class: 'status err' }, errMessage(e)));
  }
}
