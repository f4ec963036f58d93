import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answeredSoFar,
  callFlow,
  callFlowView,
  formatCallQuery,
  startCallFlow,
  type CallFlowAction,
  type CallFlowState,
} from '../../../src/lib/call-advice/index.ts';

function run(actions: CallFlowAction[], start: CallFlowState = startCallFlow()): CallFlowState {
  return actions.reduce(callFlow, start);
}

const pick = (value: string): CallFlowAction[] => [{ type: 'select', value }, { type: 'continue' }];

describe('callFlow', () => {
  it('starts at the first step with nothing ticked and no focus move', () => {
    expect(startCallFlow()).toEqual({
      answers: {},
      selected: undefined,
      showError: false,
      remembered: {},
      focus: null,
    });
  });

  it('restores a link’s answers up to the first it can’t take, without moving focus', () => {
    const state = callFlow(startCallFlow(), {
      type: 'restore',
      answers: { status: 'declined', otherOffer: 'none' },
      focus: false,
    });
    expect(state).toMatchObject({ answers: { status: 'declined' }, focus: null });
    expect(callFlowView(state)).toMatchObject({ step: 'reason', number: 2, total: 4 });
  });

  it.each<
    [string, CallFlowAction[], Partial<CallFlowState>, { step: string | null; number: number; total: number }]
  >([
    [
      'Continue with nothing ticked',
      [{ type: 'continue' }],
      { answers: {}, showError: true, focus: 'error' },
      { step: 'status', number: 1, total: 4 },
    ],
    [
      'a tick that is not an option',
      [...pick('maybe')],
      { answers: {}, showError: true },
      { step: 'status', number: 1, total: 4 },
    ],
    [
      'one answer',
      pick('declined'),
      { answers: { status: 'declined' }, showError: false, focus: 'view' },
      { step: 'reason', number: 2, total: 4 },
    ],
    [
      'accepted elsewhere ends at step 3',
      [...pick('declined'), ...pick('fit'), ...pick('accepted')],
      { answers: { status: 'declined', reason: 'fit', otherOffer: 'accepted' } },
      { step: null, number: 3, total: 3 },
    ],
    [
      'Back keeps the earlier choice ticked',
      [...pick('declined'), ...pick('pay'), { type: 'back' }],
      { answers: { status: 'declined' }, selected: 'pay', focus: 'view' },
      { step: 'reason', number: 2, total: 4 },
    ],
    [
      'Start over forgets every choice',
      [...pick('declined'), ...pick('pay'), { type: 'start-over' }],
      { answers: {}, selected: undefined, remembered: {} },
      { step: 'status', number: 1, total: 4 },
    ],
    [
      'Back and Forward restore with focus',
      [
        ...pick('declined'),
        { type: 'restore', answers: { status: 'undecided', reason: 'level' }, focus: true },
      ],
      { answers: { status: 'undecided', reason: 'level' }, focus: 'view' },
      { step: 'otherOffer', number: 3, total: 4 },
    ],
    [
      'ticking an answer moves no focus',
      [...pick('declined'), { type: 'select', value: 'pay' }],
      { focus: null, selected: 'pay' },
      { step: 'reason', number: 2, total: 4 },
    ],
  ])('%s', (_label, actions, expected, view) => {
    const state = run(actions);
    expect(state).toMatchObject(expected);
    expect(callFlowView(state)).toMatchObject(view);
  });

  it.each<[string, CallFlowAction[], { number: number; fewest: number; total: number }]>([
    ['step 1, before any path is known', [], { number: 1, fewest: 3, total: 4 }],
    ['step 3, nothing ticked', [...pick('declined'), ...pick('pay')], { number: 3, fewest: 3, total: 4 }],
    [
      'step 3 with "No" ticked',
      [...pick('declined'), ...pick('pay'), { type: 'select', value: 'none' }],
      { number: 3, fewest: 4, total: 4 },
    ],
    ['step 4', [...pick('declined'), ...pick('pay'), ...pick('holding')], { number: 4, fewest: 4, total: 4 }],
  ])('counts only what it knows: %s', (_label, actions, view) => {
    expect(callFlowView(run(actions))).toMatchObject(view);
  });

  it('asks the better offer’s step without "No", and forgets a "No" chosen for another reason', () => {
    const state = run([
      ...pick('declined'),
      ...pick('pay'),
      ...pick('none'),
      { type: 'back' },
      { type: 'back' },
      ...pick('other-offer'),
    ]);
    const view = callFlowView(state);
    expect(view.question?.options.map((o) => o.value)).toEqual(['accepted', 'holding']);
    expect(state.selected).toBeUndefined();
    expect(callFlow(state, { type: 'continue' }).showError).toBe(true);
  });

  it('says "Step 3 of 3" as soon as "accepted" is ticked, before Continue', () => {
    const state = run([...pick('declined'), ...pick('pay'), { type: 'select', value: 'accepted' }]);
    expect(callFlowView(state)).toMatchObject({ step: 'otherOffer', number: 3, fewest: 3, total: 3 });
  });

  it('ignores a restore of the answers already shown (its own push, a reload)', () => {
    const state = run(pick('declined'));
    expect(callFlow(state, { type: 'restore', answers: { status: 'declined' }, focus: true })).toBe(state);
  });

  it('reaches a finished set of answers and offers Back from it', () => {
    const state = run([...pick('undecided'), ...pick('personal'), ...pick('none'), ...pick('no')]);
    expect(callFlowView(state)).toMatchObject({
      step: null,
      complete: { status: 'undecided', reason: 'personal', otherOffer: 'none', wouldJoin: 'no' },
      canGoBack: true,
    });
  });

  const action: fc.Arbitrary<CallFlowAction> = fc.oneof(
    fc
      .constantFrom(
        'declined',
        'undecided',
        'pay',
        'fit',
        'accepted',
        'holding',
        'none',
        'yes',
        'maybe',
        'no',
        'x',
      )
      .map((value): CallFlowAction => ({ type: 'select', value })),
    fc.constant<CallFlowAction>({ type: 'continue' }),
    fc.constant<CallFlowAction>({ type: 'back' }),
    fc.constant<CallFlowAction>({ type: 'start-over' }),
    fc
      .record(
        {
          status: fc.constantFrom('declined', 'undecided'),
          reason: fc.constantFrom('pay', 'level'),
        } as const,
        {
          requiredKeys: [],
        },
      )
      .map((answers): CallFlowAction => ({ type: 'restore', answers, focus: false })),
  );

  it('never leaves a gap in the answers, never mutates, and always shows a step or a result', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        let state = startCallFlow();
        for (const next of actions) {
          const frozen = JSON.stringify(state);
          const after = callFlow(state, next);
          expect(JSON.stringify(state)).toBe(frozen);
          state = after;
          expect(formatCallQuery(answeredSoFar(state.answers))).toBe(formatCallQuery(state.answers));
          const view = callFlowView(state);
          expect(view.question !== undefined || view.complete !== null).toBe(true);
          expect(view.number).toBeGreaterThanOrEqual(1);
          expect(view.number).toBeLessThanOrEqual(view.fewest);
          expect(view.fewest).toBeLessThanOrEqual(view.total);
        }
      }),
    );
  }, 60_000); // Property runs take seconds on a busy shared machine.
});
