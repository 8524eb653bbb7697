import Taro from '@tarojs/taro';
import type { TCategory } from '@sunshine/shared';

// Every page URL lives here so a renamed page or parameter changes one file.

export const villageUrl = (code: string) => `/pages/village/index?code=${code}`;

export function openVillage(code: string): void {
  void Taro.navigateTo({ url: villageUrl(code) });
}

export function openCategory(villageCode: string, category: TCategory): void {
  void Taro.navigateTo({ url: `/pages/category/index?code=${villageCode}&category=${category}` });
}

export function openDisclosure(id: string): void {
  void Taro.navigateTo({ url: `/pages/disclosure/index?id=${encodeURIComponent(id)}` });
}

export function openHome(): void {
  void Taro.reLaunch({ url: '/pages/index/index' });
}

export function openRegion(code?: string): void {
  void Taro.navigateTo({ url: code ? `/pages/regions/index?code=${code}` : '/pages/regions/index' });
}

export function openIdentity(villageCode?: string): void {
  void Taro.navigateTo({ url: villageCode ? `/pages/identity/index?code=${villageCode}` : '/pages/identity/index' });
}

export function openPayments(): void {
  void Taro.navigateTo({ url: '/pages/payments/index' });
}

/** 我的留言; with an id, just that message (a notice in the inbox is about it). */
export function openMyMessages(id?: string): void {
  void Taro.navigateTo({ url: id ? `/pages/messages/index?id=${encodeURIComponent(id)}` : '/pages/messages/index' });
}

/** The resident's 12345 orders, with no village to file a new one for. */
export function openMyHotlineOrders(): void {
  void Taro.navigateTo({ url: '/pages/hotline/index' });
}

export function openHotline(villageCode: string): void {
  void Taro.navigateTo({ url: `/pages/hotline/index?code=${villageCode}` });
}

export function openInbox(): void {
  void Taro.navigateTo({ url: '/pages/inbox/index' });
}
