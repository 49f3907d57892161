// An 8×8 digit pad in the UCI digits layout (pixel values 0..16): the model's input format.
import { h } from './dom';
import { digitSamples } from './generated/samples';

export function digitPad(): { el: HTMLElement; value(): string; set(px: readonly number[]): void } {
  const px = new Array<number>(64).fill(0);
  const cells: HTMLElement[] = [];
  let painting: number | null = null;
  const paint = (i: number) => {
    if (painting === null) return;
    px[i] = painting;
    draw(i);
  };
  const draw = (i: number) => {
    const v = px[i];
    cells[i].style.background = `rgb(${255 - v * 15}, ${255 - v * 15}, ${255 - v * 15})`;
    cells[i].dataset.v = String(v);
  };
  const grid = h('div', { class: 'digit-grid', 'data-testid': 'digit-pad' });
  for (let i = 0; i < 64; i++) {
    const c = h('div', { class: 'px' });
    c.addEventListener('pointerdown', (e) => {
      e.preventDefault();
      painting = e.shiftKey || e.button === 2 || px[i] === 16 ? 0 : 16;
      paint(i);
    });
    c.addEventListener('pointerenter', () => paint(i));
    c.addEventListener('contextmenu', (e) => e.preventDefault());
    cells.push(c);
    grid.append(c);
  }
  window.addEventListener('pointerup', () => (painting = null));
  const set = (v: readonly number[]) => {
    v.forEach((x, i) => (px[i] = Math.max(0, Math.min(16, Math.round(x)))));
    for (let i = 0; i < 64; i++) draw(i);
  };
  set(px);
  const samples = h(
    'div',
    { class: 'samples' },
    'Samples: ',
    digitSamples.map((s, d) => h('button', { type: 'button', class: 'small', 'data-testid': `sample-${d}`, onclick: () => set(s) }, String(d))),
    h('button', { type: 'button', class: 'small', onclick: () => set(new Array(64).fill(0)) }, 'clear'),
  );
  return { el: h('div', { class: 'digit-pad' }, grid, samples), value: () => px.join(','), set };
}
