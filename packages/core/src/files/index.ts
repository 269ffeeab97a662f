export * from './sniff.js';
export * from './image-header.js';
export * from './inspect.js';
