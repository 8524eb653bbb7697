import Taro from '@tarojs/taro';
import type { TAttachmentContent } from '@sunshine/shared';

/**
 * Shows a downloaded file the way each platform can: WeChat writes it to the
 * user's file space and opens it (image preview or document viewer); the
 * browser opens it in a new tab. Picked at module level so each build
 * carries only its own branch.
 */
export const openAttachment: (file: TAttachmentContent) => Promise<void> =
  process.env.TARO_ENV === 'weapp' ? openInWechat : openInBrowser;

async function openInWechat(file: TAttachmentContent): Promise<void> {
  const path = `${Taro.env.USER_DATA_PATH}/${Date.now()}-${file.fileName.replace(/[^\w.\u4e00-\u9fa5-]/g, '_')}`;
  Taro.getFileSystemManager().writeFileSync(path, file.contentBase64, 'base64');
  if (file.contentType.startsWith('image/')) {
    await Taro.previewImage({ urls: [path] });
  } else {
    await Taro.openDocument({ filePath: path, fileType: 'pdf', showMenu: true });
  }
}

async function openInBrowser(file: TAttachmentContent): Promise<void> {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  window.open(url, '_blank');
}
