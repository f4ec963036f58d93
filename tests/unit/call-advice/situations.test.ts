import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allCallSituations,
  CALL_GOAL_TITLES,
  CALL_HEADINGS,
  adviseOnCall,
  describeSituation,
  situationId,
  situationParts,
  situationTitle,
  type CallAnswers,
  type CallGoal,
  type CallOtherOffer,
  type CallReason,
  type CallStatus,
  type CallWouldJoin,
} from '../../../src/lib/call-advice/index.ts';
import { ISSUE_CLAIMS } from '../../../src/lib/call-advice/issue-claims.ts';

const STATUSES: CallStatus[] = ['declined', 'undecided'];
const REASONS: CallReason[] = ['pay', 'level', 'other-offer', 'fit', 'personal'];

// The rules, written out by hand so the test doesn't mirror the implementation.
const GOAL_BY_OFFER_AND_JOIN: [CallOtherOffer, CallWouldJoin | undefined, CallGoal][] = [
  ['accepted', undefined, 'too-late'],
  ['holding', 'yes', 'counter'],
  ['holding', 'maybe', 'explore'],
  ['holding', 'no', 'decline'],
  ['none', 'yes', 'counter'],
  ['none', 'maybe', 'explore'],
  ['none', 'no', 'decline'],
];

function answers(
  status: CallStatus,
  reason: CallReason,
  otherOffer: CallOtherOffer,
  wouldJoin: CallWouldJoin | undefined,
): CallAnswers {
  return wouldJoin === undefined ? { status, reason, otherOffer } : { status, reason, otherOffer, wouldJoin };
}

// "Another offer is better" says there is one, so "no other offer" never follows it.
const CASES = STATUSES.flatMap((status) =>
  REASONS.flatMap((reason) =>
    GOAL_BY_OFFER_AND_JOIN.filter(([otherOffer]) => reason !== 'other-offer' || otherOffer !== 'none').map(
      ([otherOffer, wouldJoin, goal]) => ({ input: answers(status, reason, otherOffer, wouldJoin), goal }),
    ),
  ),
);

function allText(a: CallAnswers): string[] {
  const advice = adviseOnCall(a);
  return [
    advice.verdict,
    ...advice.why.map((w) => w.text),
    ...advice.talkTrack,
    ...advice.checklist,
    ...advice.avoid,
    ...advice.asks,
    ...advice.replies.flatMap((r) => [r.when, r.say]),
  ];
}

describe('adviseOnCall for every situation', () => {
  it('covers all 64 reachable situations', () => {
    expect(CASES).toHaveLength(64);
  });

  it.each(CASES.map((c) => [describeSituation(c.input), c.input, c.goal] as const))(
    '%s → %s',
    (_label, input, goal) => {
      const advice = adviseOnCall(input);
      expect(advice.goal).toBe(goal);
      expect(advice.takeCall).toBe(true);
      expect(advice.verdict.trim()).not.toBe('');
      expect(advice.verdict).not.toMatch(/[\r\n]/);
      expect(advice.verdict).toMatch(/^Take the call/);
      for (const list of [
        advice.why,
        advice.talkTrack,
        advice.checklist,
        advice.avoid,
        advice.asks,
        advice.replies,
      ]) {
        expect(list.length).toBeGreaterThan(0);
      }
      for (const why of advice.why) {
        expect(CALL_HEADINGS).toContain(why.heading);
        expect(why.heading).not.toMatch(/^#|\//);
        expect(why.text.trim()).not.toBe('');
      }
    },
  );

  it.each(CASES.map((c) => [describeSituation(c.input), c.input] as const))(
    '%s: plain, non-empty, unduplicated text',
    (_label, input) => {
      const advice = adviseOnCall(input);
      for (const text of allText(input)) {
        expect(text.trim()).toBe(text);
        expect(text).not.toBe('');
        expect(text).not.toMatch(/[<>]|&[a-z]+;|undefined|null|\$\{/);
      }
      for (const list of [
        advice.talkTrack,
        advice.checklist,
        advice.avoid,
        advice.asks,
        advice.replies.map((r) => r.when),
        advice.why.map((w) => w.text),
      ]) {
        expect(new Set(list).size).toBe(list.length);
      }
    },
  );

  it('returns fresh arrays, so callers can sort or trim without affecting others', () => {
    const input: CallAnswers = {
      status: 'declined',
      reason: 'level',
      otherOffer: 'none',
      wouldJoin: 'yes',
    };
    const first = adviseOnCall(input);
    first.asks.length = 0;
    first.why.length = 0;
    expect(adviseOnCall(input).asks.length).toBeGreaterThan(0);
    expect(adviseOnCall(input).why.length).toBeGreaterThan(0);
  });

  it('treats an accepted offer as final even if a wouldJoin slipped through', () => {
    const advice = adviseOnCall({
      status: 'declined',
      reason: 'pay',
      otherOffer: 'accepted',
      wouldJoin: 'yes',
    });
    expect(advice.goal).toBe('too-late');
  });

  it('treats a missing wouldJoin as maybe when no offer is accepted', () => {
    expect(adviseOnCall({ status: 'declined', reason: 'pay', otherOffer: 'none' }).goal).toBe('explore');
  });
});

describe('what each goal says', () => {
  const base = { status: 'declined', reason: 'pay' } as const;

  it('too-late: have the call, be polite, explain it is too late, end on a high note', () => {
    const advice = adviseOnCall({ ...base, otherOffer: 'accepted' });
    expect(advice.verdict).toMatch(/polite/);
    expect(advice.verdict).toMatch(/too late/);
    expect(advice.verdict).toMatch(/high note/);
    expect(advice.talkTrack.join(' ')).toMatch(/accepted another offer/);
    expect(advice.why.map((w) => w.heading)).toContain('dont-burn-the-bridge');
  });

  it('decline: candid and kind, keep the door open', () => {
    const advice = adviseOnCall({ ...base, otherOffer: 'none', wouldJoin: 'no' });
    expect(advice.verdict).toMatch(/candid/);
    expect(advice.verdict).toMatch(/kind/);
    expect(advice.verdict).toMatch(/door open/);
  });

  it('counter: be ready with what it would take', () => {
    const advice = adviseOnCall({ ...base, otherOffer: 'none', wouldJoin: 'yes' });
    expect(advice.verdict).toMatch(/counteroffer|what it would take/);
    expect(advice.why.map((w) => w.heading)).toContain('be-ready-with-your-counteroffer');
  });

  it('explore: hear them out, learn what they can change, counteroffer ready', () => {
    const advice = adviseOnCall({ ...base, otherOffer: 'holding', wouldJoin: 'maybe' });
    expect(advice.verdict).toMatch(/hear them out/);
    expect(advice.verdict).toMatch(/what they can change/);
    expect(advice.verdict).toMatch(/counteroffer/);
    expect(advice.checklist.join(' ')).toMatch(/other offer expires/);
  });

  it('level: uses the issue’s own example line and the up-leveling story', () => {
    const advice = adviseOnCall({
      status: 'declined',
      reason: 'level',
      otherOffer: 'none',
      wouldJoin: 'yes',
    });
    expect(advice.talkTrack).toContain('The level is simply too low for what I want in my next career move.');
    expect(advice.why.some((w) => w.text.includes('up-leveled a role'))).toBe(true);
  });
});

describe.each([
  ['counter', 'holding', 'yes'],
  ['explore', 'holding', 'maybe'],
] as const)('asks when the goal is %s', (goal, otherOffer, wouldJoin) => {
  it.each([
    ['level', [/up-level/i, /level or title/]],
    // Their range only while listening: a counter has already named the reader's number.
    ['pay', goal === 'explore' ? [/base salary/, /salary range/] : [/base salary/]],
    ['other-offer', [/other offer/]],
    ['fit', [/scope/, /team/, /way you’d work/]],
    ['personal', [/start date/]],
  ] as const)('%s', (reason, patterns) => {
    const advice = adviseOnCall({ status: 'declined', reason, otherOffer, wouldJoin });
    expect(advice.goal).toBe(goal);
    const asks = advice.asks.join(' ');
    for (const pattern of patterns) expect(asks).toMatch(pattern);
    // No cheaper fallback in the asks: a one-off bonus is theirs to offer, not the reader's.
    expect(asks).not.toMatch(/sign-on/);
    for (const ask of advice.asks) expect(ask).toMatch(/\?$/);
  });
});

describe('asks when no yes is possible close kindly instead of negotiating', () => {
  it.each(
    CASES.filter((c) => c.goal === 'too-late' || c.goal === 'decline').map(
      (c) => [describeSituation(c.input), c.input] as const,
    ),
  )('%s', (_label, input) => {
    const asks = adviseOnCall(input).asks.join(' ');
    expect(asks).not.toMatch(/up-level|sign-on|base salary|keep you in mind|opens up/i);
    expect(asks).toMatch(/thanks|stay in touch|LinkedIn|feedback/);
  });

  it('answers "what would have changed your mind" with the reason, and a decision already made', () => {
    const reply = (reason: CallReason) =>
      adviseOnCall({ status: 'declined', reason, otherOffer: 'accepted' }).replies.find((r) =>
        /changed your mind/.test(r.when),
      )?.say;
    expect(new Set(REASONS.map(reply)).size).toBe(REASONS.length);
    expect(reply('level')).toMatch(/level/);
    expect(reply('personal')).toMatch(/timing/);
  });

  it('only mentions the other offer deadline when one is held', () => {
    const holding = adviseOnCall({
      status: 'undecided',
      reason: 'pay',
      otherOffer: 'holding',
      wouldJoin: 'yes',
    });
    const none = adviseOnCall({
      status: 'undecided',
      reason: 'pay',
      otherOffer: 'none',
      wouldJoin: 'yes',
    });
    expect(holding.replies.map((r) => r.say).join(' ')).toMatch(/My other offer needs an answer by \[date\]/);
    expect(none.replies.map((r) => r.say).join(' ')).not.toMatch(/other offer/);
  });
});

describe('status shapes the wording', () => {
  it.each(
    CASES.filter((c) => c.input.status === 'declined').map(
      (c) => [describeSituation(c.input), c.input] as const,
    ),
  )('%s reads differently when undecided', (_label, declined) => {
    const undecided: CallAnswers = { ...declined, status: 'undecided' };
    const a = adviseOnCall(declined);
    const b = adviseOnCall(undecided);
    expect(a.goal).toBe(b.goal);
    expect(a.verdict).not.toBe(b.verdict);
    expect(a.talkTrack).not.toEqual(b.talkTrack);
    // An undecided reader hasn't declined anything, so nothing they say should claim they did.
    expect(b.talkTrack.join(' ')).not.toMatch(/I declined|after I declined/);
  });

  it('undecided + counter says this is the moment to say what it would take', () => {
    const advice = adviseOnCall({
      status: 'undecided',
      reason: 'pay',
      otherOffer: 'none',
      wouldJoin: 'yes',
    });
    expect(advice.verdict).toBe(
      'Take the call: you haven’t answered yet, so this is the moment to say what it would take.',
    );
  });

  it('undecided + accepted elsewhere: tell them soon', () => {
    const advice = adviseOnCall({ status: 'undecided', reason: 'pay', otherOffer: 'accepted' });
    expect(advice.checklist[0]).toMatch(/Tell them soon/);
  });
});

// The why links promise the reader will find these words under that heading.
const ISSUE = fileURLToPath(
  new URL('../../../content/issues/057-always-discuss-the-job-offer.mdx', import.meta.url),
);

function normalize(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function sectionsById(mdx: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const chunk of mdx.split(/^## /m).slice(1)) {
    const [title = '', ...body] = chunk.split('\n');
    const id = normalize(title)
      .replace(/['"]/g, '')
      .trim()
      .replace(/[^a-z0-9]+/g, '-');
    sections.set(id, normalize(body.join(' ')));
  }
  return sections;
}

describe.skipIf(!existsSync(ISSUE))('fidelity to issue #57', () => {
  const sections = existsSync(ISSUE) ? sectionsById(readFileSync(ISSUE, 'utf8')) : new Map<string, string>();

  it('has a heading for every why link', () => {
    for (const id of CALL_HEADINGS) expect([...sections.keys()]).toContain(id);
  });

  const whys = allCallSituations().flatMap((a) => adviseOnCall(a).why);
  const unique = [...new Map(whys.map((w) => [w.text, w])).values()];

  it.each(unique.map((w) => [w.heading, w.text] as const))('quotes under #%s: %s', (heading, text) => {
    const section = sections.get(heading) ?? '';
    const quotes = [...text.matchAll(/“([^”]+)”/g)].map((m) => normalize(m[1] ?? '').replace(/[.,!]+$/, ''));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(section).toContain(quote);
  });

  // The claims every gloss is checked against must be the issue's own words, under their heading.
  it.each(ISSUE_CLAIMS.map((claim) => [claim.heading, claim.passage] as const))(
    'claim under #%s is the issue word for word: %s',
    (heading, passage) => {
      expect(sections.get(heading) ?? '').toContain(normalize(passage));
    },
  );
});

describe('allCallSituations and describeSituation', () => {
  const all = allCallSituations();

  it('lists every reachable combination once, with no wouldJoin after an accepted offer', () => {
    // Four reasons lead to every other-offer answer; "Another offer is better" never to "none".
    expect(all).toHaveLength(2 * (4 * (1 + 2 * 3) + (1 + 3)));
    expect(new Set(all.map((a) => JSON.stringify(a))).size).toBe(all.length);
    expect(new Set(all.map(describeSituation)).size).toBe(all.length);
    for (const a of all) {
      expect('wouldJoin' in a).toBe(a.otherOffer !== 'accepted');
    }
    expect(all.map((a) => JSON.stringify(a)).sort()).toEqual(
      CASES.map((c) => JSON.stringify(c.input)).sort(),
    );
  });

  it.each([
    [
      { status: 'declined', reason: 'pay', otherOffer: 'accepted' },
      'Declined · pay too low · accepted another offer',
    ],
    [
      { status: 'undecided', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' },
      'Not answered yet · level too low · no other offer · would join if fixed',
    ],
    [
      { status: 'declined', reason: 'fit', otherOffer: 'holding', wouldJoin: 'no' },
      'Declined · role or team isn’t right · holding another offer · wouldn’t join',
    ],
  ] as const)('%o → %s', (input, label) => {
    expect(describeSituation(input)).toBe(label);
  });

  it.each([
    [
      { status: 'declined', reason: 'pay', otherOffer: 'accepted' },
      ['Declined', 'pay too low', 'accepted another offer'],
    ],
    [
      { status: 'declined', reason: 'pay', otherOffer: 'accepted', wouldJoin: 'yes' },
      ['Declined', 'pay too low', 'accepted another offer'],
    ],
    [
      { status: 'undecided', reason: 'personal', otherOffer: 'holding', wouldJoin: 'maybe' },
      ['Not answered yet', 'timing or personal reasons', 'holding another offer', 'might join if fixed'],
    ],
    [
      { status: 'undecided', reason: 'other-offer', otherOffer: 'none' },
      ['Not answered yet', 'another offer is better', 'no other offer'],
    ],
  ] as const)('situationParts(%o) is %o, one label per answer', (input, parts) => {
    expect(situationParts(input)).toEqual(parts);
  });

  it.each(all.map((answers) => [describeSituation(answers), answers] as const))(
    '%s is its parts joined, none holding the separator',
    (label, answers) => {
      const parts = situationParts(answers);
      expect(parts.join(' · ')).toBe(label);
      for (const part of parts) expect(part).not.toContain('·');
    },
  );
});

describe('situation titles and anchors for the advice table', () => {
  const all = allCallSituations();

  it('gives every situation its own anchor, as links have always used', () => {
    expect(new Set(all.map(situationId)).size).toBe(all.length);
    expect(situationId({ status: 'declined', reason: 'level', otherOffer: 'none', wouldJoin: 'yes' })).toBe(
      'situation-declined-level-none-yes',
    );
    expect(situationId({ status: 'undecided', reason: 'pay', otherOffer: 'accepted' })).toBe(
      'situation-undecided-pay-accepted',
    );
  });

  it('titles each situation uniquely within its goal, as a reader would say it', () => {
    for (const goal of ['counter', 'explore', 'decline', 'too-late'] as const) {
      const titles = all.filter((a) => adviseOnCall(a).goal === goal).map(situationTitle);
      expect(new Set(titles).size).toBe(titles.length);
    }
    expect(situationTitle({ status: 'declined', reason: 'pay', otherOffer: 'accepted' })).toBe(
      'You declined, mainly because of the pay, and you have since accepted another offer',
    );
    expect(
      situationTitle({ status: 'undecided', reason: 'fit', otherOffer: 'holding', wouldJoin: 'no' }),
    ).toBe(
      'You haven’t answered, held back mainly by a role, team or company that isn’t right, and you hold another offer',
    );
    expect(CALL_GOAL_TITLES['too-late']).toBe('If you already accepted another offer');
    expect(situationTitle({ status: 'declined', reason: 'other-offer', otherOffer: 'accepted' })).toBe(
      'You declined, mainly because of another offer that looked better, which you have accepted',
    );
  });
});
