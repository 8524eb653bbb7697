import type { ContentCheck, TContentToCheck, TContentVerdict } from './ContentCheck';

/**
 * The local check: a short list of words that are refused outright and a
 * list that sends the text to a person. Matching ignores spaces and
 * punctuation put between characters to slip past it.
 */
export const RISKY_WORDS = ['法轮', '赌博网站', '代开发票', '枪支出售', '办假证', '毒品出售'];
export const REVIEW_WORDS = ['上访', '集体上访', '自杀', '爆炸', '游行', '暴力'];

const normalise = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

export class WordListContentCheck implements ContentCheck {
  private readonly risky: string[];
  private readonly review: string[];

  constructor(lists: { risky?: readonly string[]; review?: readonly string[] } = {}) {
    this.risky = (lists.risky ?? RISKY_WORDS).map(normalise);
    this.review = (lists.review ?? REVIEW_WORDS).map(normalise);
  }

  async check({ text }: TContentToCheck): Promise<TContentVerdict> {
    const plain = normalise(text);
    if (this.risky.some((w) => plain.includes(w))) return 'risky';
    if (this.review.some((w) => plain.includes(w))) return 'review';
    return 'pass';
  }
}
