import { Alert, Button } from 'antd';
import type { ApiError } from '../api/client';

export function LoadError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  // A refused input says what to change in its issues (统计期间 2030-01 尚未开始…), not in the general message.
  const details = error.issues.map((issue) => issue.message).filter((message) => !error.message.includes(message));
  return (
    <Alert
      type="error"
      showIcon
      message="加载失败"
      description={
        <>
          {error.message}
          {details.map((detail) => (
            <div key={detail}>{detail}</div>
          ))}
        </>
      }
      action={<Button onClick={onRetry}>重试</Button>}
      style={{ marginBottom: 16 }}
    />
  );
}
