import { useParams } from 'react-router-dom';
import { Alert, Button, Progress, Spin } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { CATEGORY_NAMES, financeFigureRows } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';
import { disclosureUrl } from './publicLinks';
import { useWholeTable } from './useWholeTable';
import './print.css';

/** A published disclosure as an A4 notice for the village board, with the QR code of its online version. */
export function PrintDisclosurePage() {
  const { id = '' } = useParams();
  const query = useQuery(() => api.disclosure.get({ id }), [id]);
  const d = query.data;
  const table = useWholeTable(id, d?.table);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  if (table.state === 'error') return <LoadError error={table.error} onRetry={query.reload} />;
  if (!d) return <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;
  if (!d.publishedAt) return <Alert type="warning" showIcon style={{ margin: 24 }} message="只有已发布的公开事项可以打印张贴。" />;
  if (table.state === 'loading') {
    return (
      <div style={{ maxWidth: 480, margin: '80px auto' }} data-testid="print-loading">
        正在载入完整名单 {table.loaded} / {table.total} 行
        <Progress percent={Math.floor((table.loaded / table.total) * 100)} />
      </div>
    );
  }

  return (
    <div className="print-desk">
      <div className="print-toolbar">
        <Button type="primary" onClick={() => window.print()} data-testid="print-button">
          打印
        </Button>
        <Button onClick={() => window.history.back()}>返回</Button>
      </div>
      <article className="print-sheet" data-testid="print-sheet">
        <h1 data-testid="print-title">{d.title}</h1>
        <div className="print-meta">
          <span>{d.villageName}</span>
          <span>
            {CATEGORY_NAMES[d.category]} · {d.catalogItemTitle}
          </span>
        </div>
        {d.body && <div className="print-body">{d.body}</div>}
        {d.finance && (
          <table className="print-table print-figures" data-testid="print-figures">
            <tbody>
              {financeFigureRows(d.finance).map((f) => (
                <tr key={f.key}>
                  <th>{f.label}</th>
                  <td className="amount">{f.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {d.table && table.rows.length > 0 && (
          <table className="print-table">
            <thead>
              <tr>
                <th>序号</th>
                {d.table.columns.map((c) => (
                  <th key={c.key}>{c.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={row.rowId}>
                  <td>{i + 1}</td>
                  {d.table!.columns.map((c) => (
                    <td key={c.key} className={c.type === 'amount' ? 'amount' : undefined}>
                      {row.cells[c.key] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="print-footer">
          <div>
            <div>{d.villageName}</div>
            <div>发布日期：{formatTime(d.publishedAt).slice(0, 10)}</div>
          </div>
          <div className="print-qr">
            <QRCodeSVG value={disclosureUrl(d.id)} title={disclosureUrl(d.id)} size={110} level="M" data-testid="print-qr" />
            <div>微信扫码查看网上公开及更正记录</div>
          </div>
        </div>
      </article>
    </div>
  );
}
