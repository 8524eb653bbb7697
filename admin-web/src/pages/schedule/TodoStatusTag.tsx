import { Tag } from 'antd';
import { TODO_STATUS_NAMES, type TTodoStatus } from '@sunshine/shared';

const COLORS: Record<TTodoStatus, string> = {
  overdue: 'error',
  missing: 'warning',
  pending: 'processing',
  filed: 'cyan',
  published: 'success',
};

export function TodoStatusTag({ status }: { status: TTodoStatus }) {
  return (
    <Tag color={COLORS[status]} data-testid="todo-status">
      {TODO_STATUS_NAMES[status]}
    </Tag>
  );
}
