import { z } from 'zod'
import { SitePageSchema } from './site-pages.ts'

// A page to read, key and (if its key changed or it is not on disk) render, with the key the
// last run wrote it under when that can still be trusted. Sent to render threads. Apart from
// the plans that make jobs, as the code that renders them is hashed into every page's key
// (pageCodeHash) and should hold no more than it uses.
export const PageJobSchema = SitePageSchema.extend({ previousKey: z.string().nullable() })
export type PageJob = z.infer<typeof PageJobSchema>
