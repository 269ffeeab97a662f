/** Host configuration of the embedded widget: reading, merging and checking (no side effects). */
export * from './host-config.js';
