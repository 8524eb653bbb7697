import type { PropsWithChildren } from 'react';
import { initCloud } from './services/cloud';
import { makeButtonsKeyboardReachable } from './services/keyboardButtons';
import './app.scss';

initCloud();
if (process.env.TARO_ENV === 'h5') makeButtonsKeyboardReachable(document);

export default function App({ children }: PropsWithChildren) {
  return children;
}
