/**
 * Geometry of the indicator chart (bars for actual values, a tick for the plan of each period), computed at build
 * time so the SVG needs no JavaScript. The component only draws what this returns.
 */

import { formatViNumber } from '@portal/shared-types';

export interface ChartInput {
  label: string;
  actual: number | null;
  plan: number | null;
}

export interface ChartBar {
  x: number;
  width: number;
  label: string;
  /** Bar of the actual value; absent when unknown. */
  actual?: { y: number; height: number; text: string } | undefined;
  /** Plan marker; absent when unknown. */
  plan?: { y: number; text: string } | undefined;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: Array<{ y: number; text: string }>;
  bars: ChartBar[];
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Lays out bars from zero up (values below zero are drawn from zero down to the lowest tick). */
export function chartGeometry(points: readonly ChartInput[], size = { width: 640, height: 300 }): ChartGeometry {
  const plot = { left: 72, top: 16, right: size.width - 12, bottom: size.height - 48 };
  const values = points.flatMap((point) => [point.actual, point.plan]).filter((value): value is number => value !== null);
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  const step = niceStep((high - low || 1) / 4);
  const top = Math.ceil(high / step) * step || step;
  const bottom = Math.floor(low / step) * step;
  const y = (value: number) => plot.bottom - ((value - bottom) / (top - bottom)) * (plot.bottom - plot.top);
  const ticks: ChartGeometry['ticks'] = [];
  for (let value = bottom; value <= top + step / 2; value += step) ticks.push({ y: y(value), text: formatViNumber(value) });
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const width = Math.min(56, slot * 0.6);
  const zero = y(0);
  const bars = points.map((point, index): ChartBar => {
    const x = plot.left + slot * index + (slot - width) / 2;
    return {
      x,
      width,
      label: point.label,
      actual:
        point.actual === null
          ? undefined
          : { y: Math.min(y(point.actual), zero), height: Math.abs(zero - y(point.actual)), text: formatViNumber(point.actual) },
      plan: point.plan === null ? undefined : { y: y(point.plan), text: formatViNumber(point.plan) },
    };
  });
  return { width: size.width, height: size.height, plot, ticks, bars };
}
