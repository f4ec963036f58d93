// Imported first by astro.config.mjs and by the scripts that read settings before Astro does:
// the author's `.env` files join process.env, read as Astro reads them (Vite's loadEnv, by
// mode), with the shell's values winning. Every module then reads one set of settings from
// process.env (src/site.config.ts), whichever command started it.
import { loadEnv } from 'vite';

const mode = process.env['NODE_ENV'] || 'production';
for (const [name, value] of Object.entries(loadEnv(mode, process.cwd(), ''))) {
  process.env[name] ??= value;
}
