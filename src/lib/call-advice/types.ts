import type {
  CALL_GOALS,
  CALL_HEADINGS,
  CALL_OTHER_OFFERS,
  CALL_REASONS,
  CALL_STATUSES,
  CALL_WOULD_JOIN,
} from './values.ts';

/** 'declined' or 'undecided'. */
export type CallStatus = (typeof CALL_STATUSES)[number];

/** 'pay' | 'level' | 'other-offer' | 'fit' | 'personal'. */
export type CallReason = (typeof CALL_REASONS)[number];

/** 'accepted' | 'holding' | 'none'. */
export type CallOtherOffer = (typeof CALL_OTHER_OFFERS)[number];

/** 'yes' | 'maybe' | 'no'. */
export type CallWouldJoin = (typeof CALL_WOULD_JOIN)[number];

/** A heading id on the issue #57 page. */
export type CallHeading = (typeof CALL_HEADINGS)[number];

/** The reader's answers; `wouldJoin` is absent when another offer is already accepted. */
export type CallAnswers = {
  status: CallStatus;
  reason: CallReason;
  otherOffer: CallOtherOffer;
  wouldJoin?: CallWouldJoin;
};

/** A step of the widget, named by the answer it fills in. */
export type CallStepKey = keyof CallAnswers;

/** 'counter' | 'explore' | 'too-late' | 'decline': what the reader aims for on the call and says in the message. */
export type CallGoal = (typeof CALL_GOALS)[number];

/** One reason behind the advice, with the issue #57 heading that says it. */
export type CallWhy = { text: string; heading: CallHeading };

/** What to say when the recruiter asks or does something the talk track can't script. */
export type CallReply = { when: string; say: string };

/** The advice for one situation; every string is plain text, never HTML. */
export type CallAdvice = {
  takeCall: true;
  goal: CallGoal;
  verdict: string;
  why: CallWhy[];
  talkTrack: string[];
  checklist: string[];
  avoid: string[];
  asks: string[];
  /** Answers for the moments a second call brings: a number asked first, a deadline, a yes. */
  replies: CallReply[];
};

/** One choice in a step. */
export type CallOption<K extends CallStepKey = CallStepKey> = {
  value: NonNullable<CallAnswers[K]>;
  label: string;
};

/** One step of the widget; keyed so `options[].value` has the right type for `key`. */
export type CallQuestion = {
  [K in CallStepKey]: { key: K; legend: string; options: readonly CallOption<K>[] };
}[CallStepKey];
