import { Button } from '@tarojs/components';
import type { TPagedList } from '../hooks/usePagedList';
import { ErrorView } from './StatusViews';

interface TListFooterProps {
  list: Pick<TPagedList<unknown>, 'error' | 'hasMore' | 'isLoadingMore' | 'loadMore' | 'retry'>;
  /** False where the page shows the list's error above the items already. */
  showError?: boolean;
}

/** The end of a paged list: what went wrong with a retry, or the button for the next page. */
export function ListFooter({ list, showError = true }: TListFooterProps) {
  if (list.error) return showError ? <ErrorView message={list.error.message} onRetry={list.retry} /> : null;
  if (!list.hasMore) return null;
  return (
    <Button className="button button--plain" onClick={list.loadMore}>
      {list.isLoadingMore ? '加载中…' : '加载更多'}
    </Button>
  );
}
