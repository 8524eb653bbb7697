import { Card, Col, Row, Typography } from 'antd';
import type { TFigureRow } from '@sunshine/shared';
import { isPending, type TFigureGroups } from './figureFormat';
import { FigureLabel, FigureValue } from './FigureText';

/** The region's totals, a card per group of figures. */
export function FigureCards({ total, groups }: { total: TFigureRow; groups: TFigureGroups }) {
  return (
    <Row gutter={[16, 16]} data-testid="figure-cards">
      {groups.map(({ group, keys }) => (
        <Col key={group} xs={24} xl={12}>
          <Card size="small" title={group} style={{ height: '100%' }}>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: '12px 16px' }}>
              {keys.map((key) => (
                <div key={key}>
                  <Typography.Text type="secondary">
                    <FigureLabel figure={key} />
                  </Typography.Text>
                  <div style={{ fontSize: isPending(key) ? 14 : 20, fontWeight: 500, marginTop: 4, fontVariantNumeric: 'tabular-nums' }}>
                    <FigureValue figure={key} value={total.figures[key]} testId={`figure-${key}`} />
                  </div>
                </div>
              ))}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
