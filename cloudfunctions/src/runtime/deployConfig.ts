import { FUNCTION_REGISTRY, type TRegisteredFunction } from '../functions';
import { settingsFor } from './integrationSettings';

/** The runtime every function is deployed to; build.mjs targets the same Node version. */
const RUNTIME = 'Nodejs18.15';

/**
 * cloudbaserc.json as the registry says it should be: each function with its
 * limits, the settings of the integrations it uses (as `{{env.NAME}}`, filled
 * from the deploying shell), and its timer trigger.
 */
export function cloudbaseConfig(registry: TRegisteredFunction[] = FUNCTION_REGISTRY) {
  return {
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './cloudfunctions/dist',
    functions: registry.map(({ fn, timeoutSeconds, memoryMb, uses }) => ({
      name: fn.name,
      handler: 'index.main',
      runtime: RUNTIME,
      timeout: timeoutSeconds,
      memorySize: memoryMb,
      envVariables: Object.fromEntries(settingsFor(uses).map((name) => [name, `{{env.${name}}}`])),
      ...(fn.trigger ? { triggers: [{ name: fn.trigger.name, type: 'timer', config: fn.trigger.cron }] } : {}),
    })),
  };
}

/** The committed file's text: generated, never edited by hand. */
export const cloudbaseConfigText = () => `${JSON.stringify(cloudbaseConfig(), null, 2)}\n`;
