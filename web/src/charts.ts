// Small SVG charts: the attribution of an inference (influence and fee per contribution) and a
// training loss curve. No chart library: a few dozen elements each.
import { s } from './dom';

export interface Bar {
  label: string;
  /** Influence score (signed). */
  score: number;
  /** Fee share, wei. */
  fee: bigint;
  feeLabel: string;
  title?: string;
}

/**
 * Horizontal bars, one row per contribution: influence (signed, centred axis) on the left, the fee it
 * received on the right.
 */
export function attributionChart(bars: Bar[], opts: { max?: number } = {}): SVGElement {
  const rows = bars.slice(0, opts.max ?? 24);
  const rowH = 22;
  const labelW = 150;
  const scoreW = 260;
  const feeW = 220;
  const gap = 24;
  const top = 26;
  const width = labelW + scoreW + gap + feeW + 120;
  const height = top + rows.length * rowH + 10;
  const maxAbs = Math.max(1e-12, ...rows.map((b) => Math.abs(b.score)));
  const maxFee = rows.reduce((m, b) => (b.fee > m ? b.fee : m), 1n);
  const mid = labelW + scoreW / 2;
  const feeX = labelW + scoreW + gap;

  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    class: 'chart attribution',
    role: 'img',
    'aria-label': 'Attribution: influence and fee per contribution',
    'data-testid': 'attribution-chart',
  });
  svg.append(
    s('text', { x: mid, y: 14, 'text-anchor': 'middle', class: 'axis-title' }, 'influence (− / +)'),
    s('text', { x: feeX, y: 14, class: 'axis-title' }, 'fee received'),
    s('line', { x1: mid, x2: mid, y1: top - 4, y2: height - 6, class: 'axis' }),
  );
  rows.forEach((b, i) => {
    const y = top + i * rowH;
    const w = (Math.abs(b.score) / maxAbs) * (scoreW / 2 - 4);
    const x = b.score >= 0 ? mid : mid - w;
    const fw = Number((b.fee * 10_000n) / maxFee) / 10_000 * feeW;
    const g = s('g', { class: 'row', 'data-index': b.label });
    g.append(
      s('title', {}, b.title ?? `${b.label}: influence ${b.score}, fee ${b.feeLabel}`),
      s('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end', class: 'label' }, b.label),
      s('rect', { x, y: y + 4, width: Math.max(w, 1), height: rowH - 8, class: b.score >= 0 ? 'pos' : 'neg' }),
      s('rect', { x: feeX, y: y + 4, width: Math.max(fw, b.fee > 0n ? 2 : 0), height: rowH - 8, class: 'fee' }),
      s('text', { x: feeX + Math.max(fw, 0) + 6, y: y + 15, class: 'value' }, b.feeLabel),
    );
    svg.append(g);
  });
  return svg;
}

export interface Point {
  x: number;
  y: number;
}

/** A line chart of one or more series (training loss per step). */
export function lineChart(series: { name: string; points: Point[]; cls?: string }[], opts: { xLabel?: string; yLabel?: string } = {}): SVGElement {
  const width = 640;
  const height = 260;
  const pad = { l: 56, r: 16, t: 28, b: 36 };
  const all = series.flatMap((se) => se.points);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', class: 'chart line', role: 'img', 'data-testid': 'loss-chart', 'data-points': all.length });
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y).filter(Number.isFinite);
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length ? Math.max(...xs, x0 + 1) : 1;
  let y0 = ys.length ? Math.min(...ys) : 0;
  let y1 = ys.length ? Math.max(...ys) : 1;
  if (y1 - y0 < 1e-9) {
    y0 -= 0.5;
    y1 += 0.5;
  }
  const px = (x: number) => pad.l + ((x - x0) / (x1 - x0)) * (width - pad.l - pad.r);
  const py = (y: number) => pad.t + (1 - (y - y0) / (y1 - y0)) * (height - pad.t - pad.b);
  svg.append(
    s('line', { x1: pad.l, x2: width - pad.r, y1: height - pad.b, y2: height - pad.b, class: 'axis' }),
    s('line', { x1: pad.l, x2: pad.l, y1: pad.t, y2: height - pad.b, class: 'axis' }),
  );
  for (let i = 0; i <= 4; i++) {
    const y = y0 + ((y1 - y0) * i) / 4;
    svg.append(
      s('line', { x1: pad.l, x2: width - pad.r, y1: py(y), y2: py(y), class: 'grid' }),
      s('text', { x: pad.l - 6, y: py(y) + 4, 'text-anchor': 'end', class: 'tick' }, y.toPrecision(3)),
    );
  }
  svg.append(
    s('text', { x: pad.l, y: height - 18, class: 'tick' }, String(x0)),
    s('text', { x: width - pad.r, y: height - 18, 'text-anchor': 'end', class: 'tick' }, String(x1)),
    s('text', { x: (width + pad.l) / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis-title' }, opts.xLabel ?? 'step'),
    s('text', { x: 4, y: 12, class: 'axis-title' }, opts.yLabel ?? 'loss'),
  );
  series.forEach((se, i) => {
    if (se.points.length === 0) return;
    const d = se.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    svg.append(s('path', { d, class: `series ${se.cls ?? 's' + i}`, fill: 'none' }));
    svg.append(s('text', { x: width - pad.r - 4, y: pad.t + 14 + i * 14, 'text-anchor': 'end', class: `legend ${se.cls ?? 's' + i}` }, se.name));
  });
  return svg;
}
