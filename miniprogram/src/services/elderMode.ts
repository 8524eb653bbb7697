import Taro from '@tarojs/taro';

const STORAGE_KEY = 'elderMode';

/** Large text, high contrast and bigger targets; remembered on the phone. */
export function isElderMode(): boolean {
  try {
    return Taro.getStorageSync(STORAGE_KEY) === true;
  } catch {
    return false;
  }
}

export function setElderMode(on: boolean): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, on);
  } catch (e) {
    console.warn('elder mode not saved', e);
  }
}

/** The class of a page's outermost view (Screen). */
export function screenClass(elder = isElderMode()): string {
  return elder ? 'screen elder' : 'screen';
}
