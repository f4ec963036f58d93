// The `_headers` file Cloudflare Pages and Netlify read, written at build time from the same
// settings as each page's <meta> policy: a page's policy and the header's both apply, so a
// header that named no provider in form-action would block the signup form the page allows.
import { formActionSources } from '../signup/form.ts';
import type { Settings } from './settings.ts';

/** The `_headers` text for a build with these settings. */
export function hostHeaders(settings: Settings): string {
  const policy = [
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formActionSources(settings.signup)}`,
  ].join('; ');
  return `# Written by the build from the site's settings (src/lib/settings/headers.ts); edits here are lost.
# Each page also carries its own policy in a <meta> tag with the hashes of its scripts and
# styles. Both apply, so this one adds what a <meta> policy can't (frame-ancestors) and sets
# no fetch directive that would block those hashed scripts.
/*
  Content-Security-Policy: ${policy}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()

# Hashed file names change with their content, so they can be cached for good.
${settings.base}_astro/*
  Cache-Control: public, max-age=31536000, immutable

# An SVG opened on its own is a document of this origin: it may run nothing.
${settings.base}_astro/*.svg
  Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox

# The search index keeps its names between builds; revalidate it.
${settings.base}pagefind/*
  Cache-Control: public, max-age=0, must-revalidate
`;
}
