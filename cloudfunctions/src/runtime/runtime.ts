import type { TServiceContext } from '../services/serviceContext';
import type { IdentitySource } from './identity';

/** Everything a function call runs against; built once per process by its entry point. */
export interface TRuntime {
  services: TServiceContext;
  identity: IdentitySource;
  /**
   * Parse every answer against its action's output contract. On in the local
   * gateway and the tests, where a leak must fail loudly; off in CloudBase,
   * where the same code already passed those checks.
   */
  checkOutputs?: boolean;
}
