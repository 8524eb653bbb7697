/** pass: store and forward; review: store but hold for a person; risky: refuse. */
export type TContentVerdict = 'pass' | 'review' | 'risky';

export interface TContentToCheck {
  text: string;
  /** The writer's openid: WeChat's check weighs the account's history. */
  openid: string;
}

/** A check of resident text before it is stored or forwarded. */
export interface ContentCheck {
  check(content: TContentToCheck): Promise<TContentVerdict>;
}
