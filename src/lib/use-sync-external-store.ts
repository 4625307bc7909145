// wouter reaches useSyncExternalStore through a shim kept for React versions without it.
// React 19 has it, so the shim is replaced by React's own (vite.config.ts), which keeps the
// shim's code out of the first load.
export { useSyncExternalStore } from 'react'
