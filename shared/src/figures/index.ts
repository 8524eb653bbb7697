export * from './counters';
export * from './definitions';
export * from './periods';
