// Formatting of eval figures: one aligned line per measure, with its target when there is one.
import type { Ratio, Scores } from './metrics';

const LABEL = 34;

const f3 = (x: number) => x.toFixed(3);

export function targetNote(value: number, target?: number): string {
  if (target === undefined) return '';
  return `   target ≥ ${target.toFixed(2)}: ${value >= target ? 'met' : `below (${(value / target).toFixed(2)}× target)`}`;
}

export function scoreLine(label: string, s: Scores, target?: number): string {
  return (
    `  ${label.padEnd(LABEL)} P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}` +
    `   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})${targetNote(s.f1, target)}`
  );
}

export function ratioLine(label: string, r: Ratio, target?: number): string {
  return `  ${label.padEnd(LABEL)} ${f3(r.value)}  (${r.correct}/${r.total})${targetNote(r.value, target)}`;
}
