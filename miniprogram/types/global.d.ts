/// <reference types="@tarojs/taro" />

declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by the Taro build for the platform being compiled; dead branches are removed. */
    TARO_ENV: 'weapp' | 'h5';
  }
}
