// Types only: see react.d.ts (JSX declarations of the hochieu-* elements for React 19).
export {};
