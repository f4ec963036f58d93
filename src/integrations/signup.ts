import type { AstroIntegration } from 'astro';
import { signupForm, type SignupSettings } from '../lib/signup/form.ts';

/**
 * Says at build time where signups go: a mistake in the settings stops the build with the fix,
 * and a site with no provider is told so (it offers its RSS feed instead of a signup form).
 */
export default function signup(settings: SignupSettings): AstroIntegration {
  return {
    name: 'newsletter:signup',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const result = signupForm(settings);
        if (result.kind === 'error') throw new Error(`Signup settings: ${result.message}`);
        if (result.kind === 'none') {
          logger.warn(
            'No signup provider is set (SIGNUP_PROVIDER): pages offer the RSS feed where the signup form would be. See "Signing readers up" in the README.',
          );
        } else {
          logger.info(`Signups go to ${result.form.provider} (${result.form.origin}).`);
        }
      },
    },
  };
}

/** The CSP `form-action` sources: this site, plus exactly the provider's origin when there is one. */
export function formActionSources(settings: SignupSettings): string {
  const result = signupForm(settings);
  return result.kind === 'form' ? `'self' ${result.form.origin}` : "'self'";
}
