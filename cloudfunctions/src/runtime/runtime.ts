import type { TServiceContext } from '../services/serviceContext';
import type { IdentitySource } from './identity';

/** Everything a function call runs against; built once per process by its entry point. */
export interface TRuntime {
  services: TServiceContext;
  identity: IdentitySource;
}
