import { useState, type PropsWithChildren } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { isElderMode, screenClass, setElderMode } from '../services/elderMode';

/**
 * The outside of every page: its type scale (normal or 长辈模式) and the
 * switch between them, at the top, so a resident who arrives by a village's
 * QR code finds it without going to the start page first.
 */
export function Screen({ children }: PropsWithChildren) {
  const [elder, setElder] = useState(isElderMode);
  // Another page may have switched it while this one waited in the stack.
  useDidShow(() => setElder(isElderMode()));
  const toggle = () => {
    setElderMode(!elder);
    setElder(!elder);
  };
  return (
    <View className={screenClass(elder)}>
      <View className="screen__bar">
        <Button className={`button screen__elder ${elder ? '' : 'button--plain'}`} onClick={toggle} data-testid="elder-toggle" aria-pressed={elder}>
          {elder ? '长辈模式：已打开（点此关闭）' : '长辈模式：大字、高对比'}
        </Button>
      </View>
      {children}
    </View>
  );
}
