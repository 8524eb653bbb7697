import { AppError } from '@sunshine/shared';
import { integrationsOf } from './integrations';
import type { TServiceContext } from './serviceContext';

/**
 * Every resident text passes here before it is stored or forwarded. Risky
 * text is refused with a message that says so; text for review may be
 * stored but must be held until a person releases it. When the check itself
 * cannot answer, the text is held rather than waved through.
 */
export async function checkResidentText(ctx: TServiceContext, openid: string, text: string): Promise<'pass' | 'review'> {
  let verdict;
  try {
    verdict = await integrationsOf(ctx).contentCheck.check({ text, openid });
  } catch (error) {
    console.error('[contentCheck] check failed; holding the text for a person', error);
    return 'review';
  }
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED');
  return verdict;
}
