/**
 * Renders one page of the real weapp build under miniprogram-simulate
 * (WeChat's exparser in jsdom) and taps one element. Run as a child process
 * so the globals WeChat's runtime expects (wx, App, Page, getApp…) never leak
 * into the test runner. Input: one JSON argument
 *   { root, page, query, answers: { "fn.action": data }, tapText }
 * Output: one JSON line { textBefore, textAfter, calls }.
 */
const path = require('path');
const { JSDOM } = require('jsdom');

const spec = JSON.parse(process.argv[2]);
const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const key of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'MutationObserver', 'requestAnimationFrame', 'getComputedStyle']) {
  global[key] = dom.window[key];
}

const calls = [];
const storage = new Map();
const navigate = (kind) => (options) => {
  calls.push([kind, options.url]);
  options.success?.({});
};
global.wx = {
  getSystemInfoSync: () => ({ platform: 'devtools', windowWidth: 375, windowHeight: 700, pixelRatio: 2, SDKVersion: '3.0.0' }),
  getStorageSync: (key) => storage.get(key) ?? '',
  setStorageSync: (key, value) => void storage.set(key, value),
  nextTick: (fn) => setTimeout(fn, 0),
  canIUse: () => true,
  setNavigationBarTitle: (options) => options?.success?.({}),
  navigateTo: navigate('navigateTo'),
  redirectTo: navigate('redirectTo'),
  reLaunch: navigate('reLaunch'),
  showModal: (options) => options?.success?.({ confirm: false, cancel: true }),
  // The cloud transport of the weapp build: answers come from the spec, every call is recorded.
  cloud: {
    init() {},
    async callFunction({ name, data }) {
      calls.push([`${name}.${data.action}`, data.input]);
      const key = `${name}.${data.action}`;
      if (!(key in spec.answers)) return { result: { ok: false, error: { code: 'NOT_FOUND', message: '没有' } } };
      return { result: { ok: true, data: spec.answers[key] } };
    },
  },
};

let app = null;
const pages = [];
global.App = (config) => void (app = config);
global.getApp = () => app;
global.getCurrentPages = () => pages;

const simulate = require('miniprogram-simulate');
// Taro's pages are Page() objects; exparser knows components, so each becomes one whose methods are the page's.
global.Page = (config) => {
  const { data, ...rest } = config;
  const methods = Object.fromEntries(Object.entries(rest).filter(([, v]) => typeof v === 'function'));
  global.Component({ data, methods, options: { addGlobalClass: true } });
};

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  require(path.join(spec.root, 'app.js'));
  app.onLaunch?.({});
  const id = simulate.load(path.join(spec.root, spec.page), { rootPath: spec.root });
  const page = simulate.render(id);
  page.attach(document.body);
  const instance = page.instance;
  instance.route = spec.page;
  instance.__route__ = spec.page;
  instance.options = spec.query;
  pages.push(instance);
  instance.onLoad(spec.query);
  instance.onShow();
  await settle();
  const textBefore = page.dom.textContent;

  // Taro gives every node a data-sid, which is also its exparser id: tap the innermost element with the text.
  const target = [...page.dom.querySelectorAll('[data-sid]')].filter((el) => el.textContent.trim() === spec.tapText).pop();
  if (!target) throw new Error(`nothing to tap with the text "${spec.tapText}"`);
  page.querySelector(`#${target.dataset.sid}`).dispatchEvent('tap');
  await settle();
  process.stdout.write(JSON.stringify({ textBefore, textAfter: page.dom.textContent, calls }) + '\n');
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
