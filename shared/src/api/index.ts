export * from './adminAuth';
export * from './catalog';
export * from './disclosure';
export * from './publicDisclosure';
export * from './region';
export * from './review';
export * from './resident';
