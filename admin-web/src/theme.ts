import type { ThemeConfig } from 'antd';

/**
 * antd's default palette puts its blue links and buttons, grey help text and
 * light tag colours below the 4.5:1 contrast WCAG AA asks of normal text; clerks
 * read this console for hours, often on poor office screens. Each seed here is
 * the darker step of the same hue, so the console looks the same, only legible.
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    // The light backgrounds a darker seed would otherwise turn grey.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    // Seeds of the preset tag colours (状态、角色、变化): their text is drawn from these.
    blue: '#0958d9',
    gold: '#ad6800',
    orange: '#ad4e00',
    volcano: '#ad2102',
    cyan: '#006d75',
    green: '#237804',
    purple: '#531dab',
    red: '#a8071a',
  },
};
