import type { ComponentChildren } from 'preact';
// Modules, not the call-advice barrel: this file renders advice, it doesn't choose it.
import { HANDOFF_LABELS } from '../../lib/call-advice/handoff';
import type { CallAdvice } from '../../lib/call-advice/types';
import { CALL_HEADING_TITLES } from '../../lib/call-advice/values';
import { Heading, type HeadingLevel } from '../shared/Heading';

type Props = {
  advice: CallAdvice;
  /** Level of the section headings ("Why", "Your talk track", …). */
  level: HeadingLevel;
  /** The issue page's path, or "" on the issue itself, so "Why" links stay in the page. */
  issueHref: string;
  /** The counteroffer builder's URL with the hand-off query. */
  handoffHref: string;
  /** The talk track's id, so a copy button can select it when the clipboard fails; none in the table. */
  talkId?: string;
  /** What follows the talk track: the island's copy button. */
  afterTalkTrack?: ComponentChildren;
};

function List({ items, class: className }: { items: readonly string[]; class?: string }) {
  return (
    <ul class={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * One situation's advice, after its verdict: the widget's result and every entry of the no-JS
 * table on the tool page render this same component, so they can't drift apart. Text only.
 */
export function CallAdviceCard({ advice, level, issueHref, handoffHref, talkId, afterTalkTrack }: Props) {
  return (
    <>
      <Heading level={level}>Why</Heading>
      <ul>
        {advice.why.map((why) => (
          <li key={why.text}>
            {why.text}{' '}
            <a href={`${issueHref}#${why.heading}`} class="ttc-read">
              Read in issue #57<span class="visually-hidden">: {CALL_HEADING_TITLES[why.heading]}</span>
            </a>
          </li>
        ))}
      </ul>

      <Heading level={level}>Your talk track</Heading>
      <div id={talkId} class="ttc-talk-track">
        {advice.talkTrack.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {afterTalkTrack}

      <Heading level={level}>Ready answers</Heading>
      <dl class="ttc-replies">
        {advice.replies.map((reply) => (
          <div key={reply.when}>
            <dt>{reply.when}</dt>
            <dd>{reply.say}</dd>
          </div>
        ))}
      </dl>

      <Heading level={level}>What to ask</Heading>
      <List items={advice.asks} />

      <Heading level={level}>Before the call</Heading>
      <List items={advice.checklist} class="ttc-checklist" />

      <Heading level={level}>What to avoid</Heading>
      <List items={advice.avoid} />

      <p>
        <a class="button" href={handoffHref}>
          {HANDOFF_LABELS[advice.goal]}
        </a>
      </p>
    </>
  );
}
