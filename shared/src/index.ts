import './zodLocale';

export * from './accessPolicy';
export * from './admin';
export * from './api';
export * from './catalog';
export * from './disclosure';
export * from './disclosureWorkflow';
export * from './errors';
export * from './idNumber';
export * from './paging';
export * from './region';
export * from './validation';
export * from './resident';
