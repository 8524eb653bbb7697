export * from './counters';
export * from './definitions';
export * from './periods';
export * from './contributions';
