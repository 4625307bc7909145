import type { Plugin } from 'vite'

// The dev server's hot reload works by injecting inline scripts and styles, which the strict
// Content-Security-Policy forbids. Only `npm run dev` drops the policy; the production build,
// which every end-to-end test runs against, keeps it.
export function devPolicyPlugin(): Plugin {
  return {
    name: 'lede-dev-policy',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
  }
}
