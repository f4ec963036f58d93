import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { hostHeaders } from '../lib/settings/headers.ts';
import { siteUrlNotice, type Settings } from '../lib/settings/settings.ts';
import { signupForm } from '../lib/signup/form.ts';

/**
 * Says at build time what the settings mean (where signups go; a missing SITE_URL, which
 * stops a build on a host) and writes the host's `_headers` from them, so the header policy
 * and each page's own allow the same signup form.
 */
export default function settingsIntegration(settings: Settings): AstroIntegration {
  return {
    name: 'newsletter:settings',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const signup = signupForm(settings.signup);
        if (signup.kind === 'form')
          logger.info(`Signups go to ${signup.form.provider} (${signup.form.origin}).`);
        else {
          logger.warn(
            'No signup provider is set (SIGNUP_PROVIDER): pages offer the RSS feed where the signup form would be. See .env.example.',
          );
        }
        const notice = command === 'build' ? siteUrlNotice(settings, process.env) : undefined;
        if (notice?.level === 'error') throw new Error(notice.message);
        if (notice) logger.warn(notice.message);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), hostHeaders(settings));
      },
    },
  };
}
