import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Input, Spin } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { displayRegionName, regionLevelOf, type TRegion } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { villageUrl } from './publicLinks';
import './print.css';

const CHILDREN_PAGE = 100;

/** A village itself, or every village of a township, read page by page. */
async function villagesOf(code: string): Promise<{ heading: string; villages: TRegion[] }> {
  const { region, ancestors } = await api.region.get({ code });
  const heading = [...ancestors, region].filter((r) => r.level !== 'province').map((r) => displayRegionName(r.name)).join(' ');
  if (region.level === 'village') return { heading: ancestors.map((r) => displayRegionName(r.name)).join(' '), villages: [region] };
  const villages: TRegion[] = [];
  for (let page = 1; ; page += 1) {
    const batch = await api.region.children({ code, page, pageSize: CHILDREN_PAGE });
    villages.push(...batch.items);
    if (villages.length >= batch.total || batch.items.length === 0) break;
  }
  return { heading, villages };
}

/** One A4 sheet per village with its QR code, for a village or a whole township (?code=). */
export function PrintVillageQrPage() {
  const admin = useAdmin();
  const [search, setSearch] = useSearchParams();
  const ownLevel = regionLevelOf(admin.regionCode);
  const code = search.get('code') ?? (ownLevel === 'village' || ownLevel === 'township' ? admin.regionCode : '');
  const [draft, setDraft] = useState(code);
  const level = code ? regionLevelOf(code) : null;
  const query = useQuery(() => (level === 'village' || level === 'township' ? villagesOf(code) : Promise.resolve(null)), [code]);

  return (
    <div className="print-desk">
      <div className="print-toolbar">
        <Input
          style={{ width: 260 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value.trim())}
          placeholder="乡镇或村的 12 位区划代码"
          data-testid="qr-code-input"
        />
        <Button onClick={() => setSearch({ code: draft })}>生成</Button>
        <Button type="primary" onClick={() => window.print()} disabled={!query.data?.villages.length} data-testid="print-button">
          打印（每村一页）
        </Button>
        <Button onClick={() => window.history.back()}>返回</Button>
      </div>
      {code && level !== 'village' && level !== 'township' && (
        <Alert type="warning" showIcon style={{ width: 600, margin: '0 auto 16px' }} message="请输入一个乡镇（街道）或村（社区）的 12 位区划代码。" />
      )}
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {query.loading && <Spin size="large" style={{ display: 'block', marginTop: 80 }} />}
      {!query.loading &&
        query.data?.villages.map((v) => (
          <section className="print-sheet village-sheet" key={v.code} data-testid="village-qr-sheet">
            <h1>阳光三务 · 公开栏</h1>
            <div>{query.data!.heading}</div>
            <h2>{displayRegionName(v.name)}</h2>
            <QRCodeSVG value={villageUrl(v.code)} title={villageUrl(v.code)} size={340} level="M" marginSize={2} />
            <p style={{ fontSize: '16pt', marginTop: '8mm' }}>微信扫一扫，查看本{v.kind === 'community' ? '社区' : '村'}党务、{v.kind === 'community' ? '居务' : '村务'}、财务公开</p>
            <p className="code">区划代码 {v.code}</p>
          </section>
        ))}
    </div>
  );
}
