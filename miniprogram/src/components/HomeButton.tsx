import { Button } from '@tarojs/components';
import { openHome } from '../services/navigation';

export function HomeButton() {
  return (
    <Button className="button button--plain" onClick={openHome}>
      返回首页
    </Button>
  );
}
