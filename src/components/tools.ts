import { COUNTEROFFER_PATH, TAKE_THE_CALL_PATH } from '../lib/paths/site-paths.ts';

/** The two tools, as the home page and /tools/ present them. */
export const TOOLS = [
  {
    path: TAKE_THE_CALL_PATH,
    name: 'Should I take the call?',
    promise:
      'They want to talk after you said no. Answer three or four questions; get a verdict and what to say.',
    time: '1 minute',
    action: 'Get your answer',
  },
  {
    path: COUNTEROFFER_PATH,
    name: 'Counteroffer builder',
    promise: 'Put their offer next to what it would take for you to say yes, and get the email to send.',
    time: '5 minutes',
    action: 'Build your counteroffer',
  },
] as const;
