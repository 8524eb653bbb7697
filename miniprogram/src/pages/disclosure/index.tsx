import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { useRouter } from '@tarojs/taro';
import { AttachmentList } from '../../components/AttachmentList';
import { CommentForm } from '../../components/CommentForm';
import { DisclosureTable } from '../../components/DisclosureTable';
import { VersionHistory } from '../../components/VersionHistory';
import { FeedbackPanel } from '../../components/FeedbackPanel';
import { FinanceFigures } from '../../components/FinanceSummary';
import { SavedCopyNotice } from '../../components/SavedCopyNotice';
import { HomeButton } from '../../components/HomeButton';
import { ErrorView, Loading } from '../../components/StatusViews';
import { formatDate } from '../../format/date';
import { useRemote } from '../../hooks/useRemote';
import { categoryName } from '../../services/categories';
import { fetchDisclosure } from '../../services/publicDisclosure';
import './index.scss';

export default function DisclosurePage() {
  const id = useRouter().params.id ?? '';
  if (!id) {
    return (
      <Screen>
        <ErrorView message="链接不完整，请回到本村页面重新打开。">
          <HomeButton />
        </ErrorView>
      </Screen>
    );
  }
  return <DisclosureDetail id={id} />;
}

function DisclosureDetail({ id }: { id: string }) {
  const disclosure = useRemote(() => fetchDisclosure(id), id, `disclosure:${id}`);

  if (disclosure.status === 'loading') return <Screen><Loading /></Screen>;
  if (disclosure.status === 'error') {
    return <Screen><ErrorView message={disclosure.error.message} onRetry={disclosure.reload} /></Screen>;
  }

  const item = disclosure.data;
  return (
    <Screen>
      <SavedCopyNotice savedAt={disclosure.savedAt} />
      <View className="card">
        <Text className="heading" data-testid="disclosure-title">
          {item.title}
        </Text>
        <Text className="meta-line">
          {categoryName(item.category)} · {item.catalogItemTitle}
        </Text>
        <Text className="meta-line">{item.villageName}</Text>
        <Text className="meta-line">
          发布时间：{formatDate(item.publishedAt)}
          {item.version > 1 ? `（第 ${item.version} 版，已更正）` : ''}
        </Text>
        {item.correctionReason && <Text className="meta-line">更正理由：{item.correctionReason}</Text>}
        {item.finance && <FinanceFigures finance={item.finance} />}
        {item.body && (
          <Text className="disclosure__body" userSelect data-testid="disclosure-body">
            {item.body}
          </Text>
        )}
        {item.table && (
          <View className="disclosure__table">
            <DisclosureTable table={item.table} disclosureId={item.id} />
          </View>
        )}
      </View>
      <AttachmentList disclosureId={item.id} attachments={item.attachments} />
      {item.commentPeriod?.closesAt && <CommentForm disclosureId={item.id} closesAt={item.commentPeriod.closesAt} />}
      <VersionHistory id={item.id} />
      <FeedbackPanel disclosureId={item.id} />
    </Screen>
  );
}
