// html-validate over every built page (tests/e2e/quality.spec.ts). Exceptions, each with why:
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> in places; both forms are valid HTML.
    'void-style': 'off',
    // Astro's island markup (<astro-island>, <astro-slot>) is custom elements by design.
    'no-unknown-elements': 'off',
    // Long lines of inlined, hashed CSS and scripts are generated, not written.
    'long-title': 'off',
    // Astro minifies whitespace inside inline elements; that is intended, not an error.
    'no-trailing-whitespace': 'off',
  },
});
