import { z } from 'zod';

/**
 * Chinese default messages for every schema in the platform, so that an
 * unlabelled rule still tells a villager or clerk what is wrong.
 */
z.config(z.locales.zhCN());
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined ? '必填' : '类型不正确';
      case 'too_small':
        return issue.origin === 'string'
          ? Number(issue.minimum) <= 1
            ? '不能为空'
            : `至少 ${issue.minimum} 个字`
          : issue.origin === 'array'
            ? `至少需要 ${issue.minimum} 项`
            : `不能小于 ${issue.minimum}`;
      case 'too_big':
        return issue.origin === 'string'
          ? `不能超过 ${issue.maximum} 个字`
          : issue.origin === 'array'
            ? `最多 ${issue.maximum} 项`
            : `不能大于 ${issue.maximum}`;
      case 'invalid_value':
        return '不是允许的取值';
      case 'invalid_format':
        return '格式不正确';
      case 'unrecognized_keys':
        return `不认识的字段：${issue.keys.join('、')}`;
      case 'invalid_union':
        return '格式不正确';
      default:
        return undefined;
    }
  },
});

export { z };
