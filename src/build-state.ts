/**
 * State shared by everything one build process runs, made on first use. Pages render from
 * Astro's bundled copy of a module while the integrations import its source: two module
 * instances, one process, so a module's own variable would be two. This one lives on globalThis
 * under a registered symbol.
 */
export function buildState<T extends object>(name: string, make: () => T): T {
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  return (holder[Symbol.for(`newsletter.${name}`)] ??= make());
}
