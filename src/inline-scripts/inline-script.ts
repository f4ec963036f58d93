import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** The scripts every page carries inline (src/inline-scripts/<name>.js). */
export type InlineScriptName = 'theme' | 'page';

const cache = new Map<InlineScriptName, string>();

/**
 * An inline script, minified. The page renders exactly this text and the CSP hashes exactly
 * this text (see astro.config.mjs), so the two can never disagree.
 */
export function inlineScript(name: InlineScriptName): string {
  let code = cache.get(name);
  if (code === undefined) {
    // Read from the project root: this module also runs bundled, from dist/.prerender/.
    const source = readFileSync(join(process.cwd(), 'src/inline-scripts', `${name}.js`), 'utf8');
    // An IIFE keeps the scripts' names out of the page's global scope.
    code = transformSync(source, {
      minify: true,
      format: 'iife',
      target: 'es2020',
      legalComments: 'none',
    }).code.trim();
    cache.set(name, code);
  }
  return code;
}

/** The CSP source expressions that allow the inline scripts. */
export function inlineScriptHashes(): `sha256-${string}`[] {
  return (['theme', 'page'] as const).map(
    (name) => `sha256-${createHash('sha256').update(inlineScript(name)).digest('base64')}` as const,
  );
}
