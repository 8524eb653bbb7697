import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const root = path.resolve(__dirname, '..');
const platform = process.env.TARO_ENV ?? 'weapp';

// npm nests this plugin under miniprogram/node_modules (its vite peer range
// conflicts with the hoisted copy), where the h5 runtime loader cannot find
// it; point every import of its runtime at the real location.
const reactPluginRuntime = require.resolve('@tarojs/plugin-framework-react/dist/runtime', { paths: [root] });

// @sunshine/shared ships TypeScript source; Taro only compiles src/ and its
// own packages unless told otherwise. Webpack resolves the workspace symlink,
// so match the real path.
const sharedSource = path.join(
  fs.realpathSync(path.dirname(require.resolve('@sunshine/shared/package.json', { paths: [root] }))),
  'src',
);

export default defineConfig<'webpack5'>(async () => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'sunshine-miniprogram',
    // Design in phone CSS pixels: 17px in the stylesheet becomes 34rpx in WeChat.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    alias: {
      '@tarojs/plugin-framework-react/dist/runtime': reactPluginRuntime,
    },
    mini: {
      compile: { include: [sharedSource] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/app/',
      staticDirectory: 'static',
      router: { mode: 'browser', basename: '/app' },
      compile: { include: [sharedSource] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Browsers get real CSS pixels so the 17px base font stays 17px on any screen width.
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  return config;
});
