import { CLOUD_FUNCTIONS } from '../functions';
import { cloudbaseRuntime } from './cloudbaseRuntime';

/**
 * The `main(event, context)` CloudBase calls for the deployed function
 * `name`. The runtime is built on the first call, so a configuration error
 * fails that call (with the missing names) rather than the module load.
 */
export function cloudbaseMain(name: string): (event: unknown, context: unknown) => Promise<unknown> {
  const fn = CLOUD_FUNCTIONS[name];
  if (!fn) throw new Error(`no cloud function named ${name}`);
  return async (event, context) => fn.handle(event, context, cloudbaseRuntime());
}
