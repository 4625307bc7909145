import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { sharedQueryClient } from './query-client.ts'

// React Query's cache for the parts that use it; they load with it, after the first load (see
// src/articles/page-store.ts), so the app's shell has no provider of its own.
export function WithQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={sharedQueryClient()}>{children}</QueryClientProvider>
}
