import type { TConfig } from '../runtime/config';
import type { DocumentStore } from '../store/DocumentStore';
import { PersonalDataVault } from './personalData';

/** What every domain service is given: the store, the keys, and the time. */
export interface TServiceContext {
  store: DocumentStore;
  config: TConfig;
  vault: PersonalDataVault;
  now(): Date;
}

export function createServiceContext(store: DocumentStore, config: TConfig, now: () => Date = () => new Date()): TServiceContext {
  return {
    store,
    config,
    vault: new PersonalDataVault(config.SUNSHINE_ID_ENCRYPTION_KEY, config.SUNSHINE_ID_HASH_KEY),
    now,
  };
}
