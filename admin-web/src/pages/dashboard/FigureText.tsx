import { Tooltip } from 'antd';
import { FIGURES, type TFigureKey, type TFigureValue } from '@sunshine/shared';
import { formatFigure, isPending, NOTHING_TO_COUNT } from './figureFormat';

const HINTED = { borderBottom: '1px dashed currentColor', cursor: 'help' } as const;

/** A figure's name, underlined: hovering it tells what the figure counts. */
export function FigureLabel({ figure }: { figure: TFigureKey }) {
  return (
    <Tooltip title={FIGURES[figure].definition}>
      <span style={HINTED} data-testid={`figure-label-${figure}`}>
        {FIGURES[figure].name}
      </span>
    </Tooltip>
  );
}

/** A figure's value; a dash says on hover that there was nothing to divide. */
export function FigureValue({ figure, value, testId }: { figure: TFigureKey; value: TFigureValue; testId?: string }) {
  const text = formatFigure(figure, value);
  if (value.value === null && !isPending(figure)) {
    return (
      <Tooltip title={NOTHING_TO_COUNT}>
        <span style={HINTED} data-testid={testId}>
          {text}
        </span>
      </Tooltip>
    );
  }
  return <span data-testid={testId}>{text}</span>;
}
