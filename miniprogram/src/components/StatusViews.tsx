import type { ReactNode } from 'react';
import { Button, Text, View } from '@tarojs/components';
import './StatusViews.scss';

export function Loading() {
  return (
    <View className="status">
      <Text className="status__message">加载中…</Text>
    </View>
  );
}

interface TErrorViewProps {
  message: string;
  /** Omitted when trying again cannot help, e.g. a wrong link. */
  onRetry?: () => void;
  /** Further ways out, e.g. back to the start page. */
  children?: ReactNode;
}

export function ErrorView({ message, onRetry, children }: TErrorViewProps) {
  return (
    <View className="status">
      <Text className="status__message status__message--error" data-testid="error-message">
        {message}
      </Text>
      {onRetry && (
        <Button className="button" onClick={onRetry} data-testid="retry-button">
          重试
        </Button>
      )}
      {children}
    </View>
  );
}

export function Empty({ message }: { message: string }) {
  return (
    <View className="status">
      <Text className="status__message">{message}</Text>
    </View>
  );
}
