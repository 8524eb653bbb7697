/**
 * Taro's H5 <Button> renders a <taro-button-core> custom element that takes
 * no keyboard focus and has no role, so keyboard and screen-reader users
 * could not reach any button. This gives each one a role, a tab stop, and
 * Enter/Space activation, as a native button has. WeChat's own buttons need
 * none of this, so the weapp build does not install it.
 */
export function makeButtonsKeyboardReachable(root: Document): void {
  const enhance = () => {
    root.querySelectorAll('taro-button-core:not([tabindex])').forEach((el) => {
      el.setAttribute('role', 'button');
      el.setAttribute('tabindex', '0');
    });
  };
  new MutationObserver(enhance).observe(root.body, { childList: true, subtree: true });
  enhance();
  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (target?.tagName !== 'TARO-BUTTON-CORE' || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    target.click();
  });
}
