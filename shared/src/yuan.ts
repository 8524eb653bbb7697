/**
 * Money as residents read it. Amounts travel as decimal strings in yuan
 * (ZAmount) and are counted in fen, integers, so no sum is ever off by a
 * float's rounding. Zod-free: the mini-program imports this file directly.
 */

/** '86400.5' → 8640050. The string must already have passed ZAmount. */
export function toFen(amount: string): number {
  const [whole, fraction = ''] = amount.trim().replace(/^-/, '').split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return amount.trim().startsWith('-') ? -fen : fen;
}

/** 8640000 → '86,400.00'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}
