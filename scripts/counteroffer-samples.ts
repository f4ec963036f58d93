// Prints the builder’s email and talk track for a grid of realistic states, so an author can read
// every message aloud before a change ships. Run: node scripts/counteroffer-samples.ts [filter]
// A filter keeps only states whose label contains it ("decline", "declined", "de-DE", "lower").
import {
  buildMessage,
  defaultState,
  emptyOfferInput,
  lowerKey,
  lowerTerms,
  CALL_GOALS,
  REASONS,
  type CounterofferState,
  type OfferInput,
} from '../src/lib/counteroffer/index.ts';

type Money = { currency: string; locale: string; scale: number };

const MONEY: Money[] = [
  { currency: 'USD', locale: 'en-US', scale: 1 },
  { currency: 'EUR', locale: 'de-DE', scale: 0.8 },
  { currency: 'INR', locale: 'en-IN', scale: 20 },
];

// Amounts typed as plain digits read the same in every locale.
const amount = (n: number, money: Money) => String(Math.round(n * money.scale));

function offer(money: Money, extras: boolean): OfferInput {
  return {
    ...emptyOfferInput(),
    base: amount(160_000, money),
    bonusPercent: '10',
    equityGrant: amount(80_000, money),
    level: 'Mid-level',
    ...(extras ? { remoteDays: '2', timeOff: '20', startDate: '2027-01-04' } : {}),
  };
}

function counter(money: Money, extras: boolean, lower: boolean): OfferInput {
  return {
    ...emptyOfferInput(),
    base: amount(lower ? 150_000 : 180_000, money),
    bonusPercent: '10',
    signOn: amount(18_000, money),
    equityGrant: amount(80_000, money),
    level: 'Senior',
    ...(extras
      ? {
          remoteDays: '3',
          timeOff: '1',
          startDate: '2027-02-01',
          title: 'Senior Engineer',
          reviewMonths: '6',
        }
      : {}),
  };
}

function other(money: Money, better: boolean): OfferInput {
  return better
    ? {
        ...emptyOfferInput(),
        base: amount(185_000, money),
        bonusPercent: '10',
        signOn: amount(11_000, money),
        equityGrant: amount(100_000, money),
        level: 'Senior',
      }
    : { ...emptyOfferInput(), base: amount(150_000, money), signOn: amount(8_000, money), level: 'Junior' };
}

type Row = { label: string; state: CounterofferState; locale: string };

function* grid(): Generator<Row> {
  for (const money of MONEY) {
    for (const goal of CALL_GOALS) {
      for (const status of ['undecided', 'declined'] as const) {
        for (const basis of ['none', 'market', 'scope', 'other-offer'] as const) {
          for (const held of ['none', 'better', 'worse'] as const) {
            if (basis === 'other-offer' && held === 'none') continue;
            for (const deadline of ['', '2026-12-01']) {
              for (const extras of [false, true]) {
                for (const lower of [false, true]) {
                  const reasons = goal === 'decline' ? [undefined, ...REASONS] : [undefined];
                  for (const reason of reasons) {
                    const state: CounterofferState = {
                      ...defaultState(money.currency),
                      goal,
                      status,
                      company: 'Acme',
                      contact: 'Priya',
                      yourName: 'Sam',
                      offer: offer(money, extras),
                      counter: counter(money, extras, lower),
                      other: held === 'none' ? null : other(money, held === 'better'),
                      citeOtherOffer: basis === 'other-offer',
                      deadline,
                    };
                    if (basis === 'market' || basis === 'scope') state.basis = basis;
                    if (reason) state.reason = reason;
                    if (lower) {
                      state.confirmedLower = lowerKey(lowerTerms(state, money.locale));
                    }
                    const label = [
                      money.locale,
                      goal,
                      status,
                      `basis=${basis}`,
                      `other=${held}`,
                      deadline ? 'deadline' : 'no-deadline',
                      extras ? 'extras' : 'pay-only',
                      lower ? 'lower-confirmed' : 'higher',
                      ...(reason ? [`reason=${reason}`] : []),
                    ].join(' · ');
                    yield { label, state, locale: money.locale };
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

const filters = process.argv.slice(2);
const seen = new Map<string, string>();
for (const { label, state, locale } of grid()) {
  if (!filters.every((filter) => label.includes(filter))) continue;
  const message = buildMessage(state, locale);
  const text = `${message.email}\n\n${message.talkTrack.map((line, i) => `${i + 1}. ${line}`).join('\n')}`;
  // Identical messages print once, with the first label that produced them.
  const first = seen.get(text);
  if (first) {
    console.log(`## ${label}\n(same as ${first})\n`);
    continue;
  }
  seen.set(text, label);
  console.log(`## ${label}\nSubject: ${message.subject}\n\n${text}\n`);
}
console.log(`${seen.size} distinct messages`);
