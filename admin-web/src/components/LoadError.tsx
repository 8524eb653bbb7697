import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client';

export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      message="加载失败"
      description={error.message}
      action={<Button onClick={onRetry}>重试</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
