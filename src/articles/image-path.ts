// The only image addresses the reader ever writes: files the content build made under /images/,
// named by their content hash. Apart from the schema, so the components that check an address
// again do not carry zod.
export const imagePathPattern = /^\/images\/[a-z0-9][a-z0-9-]*\.(?:avif|webp|jpg|png)$/
