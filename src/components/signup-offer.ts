// What the site can honestly offer a reader who wants the next issue: an email signup when the
// author has set a provider (site.config.ts), else the RSS feed. Every place that invites
// signup (the header, the footer, the signup boxes) words itself from this one answer.
import { site } from '../site.config.ts';
import { signupForm, type SignupProvider } from '../lib/signup/form.ts';

const result = signupForm(site.signup);

/** The provider's form, or undefined while none is set: then the offer is the RSS feed. */
export const signup = result.kind === 'form' ? result.form : undefined;

/** The header's and footer's link to the signup box: "Subscribe" only when it means email. */
export const SIGNUP_LINK_LABEL = signup ? 'Subscribe' : 'Follow';

/** The provider's name as readers know it; a custom endpoint goes unnamed. */
export const PROVIDER_NAMES: Record<SignupProvider, string | undefined> = {
  buttondown: 'Buttondown',
  kit: 'Kit',
  mailchimp: 'Mailchimp',
  beehiiv: 'beehiiv',
  custom: undefined,
};
