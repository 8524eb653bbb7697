import { Select, type SelectProps } from 'antd';

/**
 * A Select inside a required Form.Item. The item marks its control
 * `aria-required`, which antd's Select puts on its outer <div> where ARIA
 * does not allow it (axe: aria-allowed-attr); the label's * and the
 * server's message already say the field is needed.
 */
export function FormSelect(props: SelectProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _onTheWrongElement, ...select } = props;
  return <Select {...select} />;
}
