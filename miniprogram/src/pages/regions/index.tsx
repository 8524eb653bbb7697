import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Button, Input, Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import type { TRegion, TRegionEntry } from '@sunshine/shared';
import { REGION_SEARCH_MAX_LENGTH } from '@sunshine/shared/model';
import { Empty, ErrorView, Loading } from '../../components/StatusViews';
import { ListFooter } from '../../components/ListFooter';
import { usePagedList } from '../../hooks/usePagedList';
import { openRegion, openVillage } from '../../services/navigation';
import { browseRegion, searchRegions } from '../../services/regions';
import './index.scss';

/** One level of the region tree, or search results, each entry with what lies below it. */
export default function RegionsPage() {
  const code = useRouter().params.code || undefined;
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [header, setHeader] = useState<{ region: TRegionEntry | null; ancestors: TRegion[] } | null>(null);

  const list = usePagedList(
    async (page) => {
      if (search) return searchRegions(search, code, page);
      const level = await browseRegion(code, page);
      setHeader({ region: level.region, ancestors: level.ancestors });
      return level.children;
    },
    `${code ?? 'top'}/${search}`,
  );

  const submit = () => setSearch(query.trim());

  return (
    <Screen>
      <View className="card">
        {header?.region ? (
          <>
            <Text className="secondary meta-line">{header.ancestors.map((a) => a.name).join(' ')}</Text>
            <Text className="heading" data-testid="region-name">
              {header.region.name}
            </Text>
            <CountsLine entry={header.region} />
          </>
        ) : (
          <Text className="heading">选择省份</Text>
        )}
        <View className="region-search">
          <Input
            className="code-input"
            placeholder="输入村、乡镇或县的名称"
            value={query}
            maxlength={REGION_SEARCH_MAX_LENGTH}
            onInput={(e) => setQuery(e.detail.value)}
            onConfirm={submit}
            data-testid="region-search-input"
            aria-label="地名"
          />
          <Button className="button" onClick={submit} data-testid="region-search-submit">
            {code ? '在本地区查找' : '查找'}
          </Button>
          {search && (
            <Button className="button button--plain" onClick={() => { setQuery(''); setSearch(''); }}>
              清除查找
            </Button>
          )}
        </View>
      </View>
      <View className="card">
        {search && <Text className="subheading">“{search}”的查找结果（{list.total}）</Text>}
        {list.isLoading && <Loading />}
        {list.error && <ErrorView message={list.error.message} onRetry={list.retry} />}
        {!list.isLoading && !list.error && list.items.length === 0 && (
          <Empty message={search ? '没有找到名称以此开头的地区，请换个说法试试，例如只输入村名的前两个字。' : '这里还没有下级地区。'} />
        )}
        {list.items.map((entry) => (
          <RegionRow key={entry.code} entry={entry} showPlace={Boolean(search)} />
        ))}
        <ListFooter list={list} showError={false} />
      </View>
    </Screen>
  );
}

function CountsLine({ entry }: { entry: TRegionEntry }) {
  return (
    <Text className="meta-line secondary">
      {entry.level === 'village' ? '' : `${entry.counts.villageCount} 个村（社区）· `}
      {entry.counts.publishedCount} 条公开
    </Text>
  );
}

function RegionRow({ entry, showPlace }: { entry: TRegionEntry; showPlace: boolean }) {
  const open = () => (entry.level === 'village' ? openVillage(entry.code) : openRegion(entry.code));
  return (
    <View className="region-row" onClick={open} data-testid="region-row" role="button">
      <Text className="item-title">{entry.name}</Text>
      {showPlace && <Text className="secondary meta-line">{entry.place}</Text>}
      <CountsLine entry={entry} />
    </View>
  );
}
