import type { ComponentChildren } from 'preact';
// Modules, not the call-advice barrel: this file renders advice, it doesn't choose it.
import { HANDOFF_LABELS } from '../../lib/call-advice/handoff.ts';
import {
  CALL_CARD_SECTION_TITLES,
  type CallCardSameAs,
  type CallCardSection,
  type CallCardTarget,
} from '../../lib/call-advice/card-sections.ts';
import type { CallAdvice } from '../../lib/call-advice/types.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';

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
  /** In the table: sections an earlier entry shows word for word, pointed to instead of repeated. */
  sameAs?: CallCardSameAs;
  /** In an issue: the talk track leads, and every other section waits behind "Show the full advice". */
  folded?: boolean;
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

function sectionBody(section: CallCardSection, advice: CallAdvice, issueHref: string) {
  switch (section) {
    case 'why':
      return (
        <ul>
          {advice.why.map((why) => (
            <li key={why.text}>
              {/* The point says what the link backs, so its text stays short; kept out of search so
                  its many copies never crowd an excerpt or match "issue #57". */}
              {why.text}{' '}
              <a href={`${issueHref}#${why.heading}`} class="ttc-read" data-pagefind-ignore>
                Read in issue #57
              </a>
            </li>
          ))}
        </ul>
      );
    case 'replies':
      return (
        <dl class="ttc-replies">
          {advice.replies.map((reply) => (
            <div key={reply.when}>
              <dt>{reply.when}</dt>
              <dd>{reply.say}</dd>
            </div>
          ))}
        </dl>
      );
    case 'asks':
      return <List items={advice.asks} />;
    case 'checklist':
      return <List items={advice.checklist} class="ttc-checklist" />;
    case 'avoid':
      return <List items={advice.avoid} />;
  }
}

/** "Why, what to ask and what to avoid", as a sentence starts. */
function listed(titles: string[]): string {
  const [first = '', ...rest] = titles.map((title, index) => (index === 0 ? title : title.toLowerCase()));
  const last = rest.pop();
  return last === undefined ? first : `${[first, ...rest].join(', ')} and ${last}`;
}

/** "Why and what to avoid: as for <entry>." for each entry the pointed-to sections are in. */
function Pointers({ sameAs }: { sameAs: CallCardSameAs }) {
  const byTarget = new Map<string, { target: CallCardTarget; sections: string[] }>();
  for (const [section, target] of Object.entries(sameAs) as [CallCardSection, CallCardTarget][]) {
    const entry = byTarget.get(target.href) ?? { target, sections: [] };
    entry.sections.push(CALL_CARD_SECTION_TITLES[section]);
    byTarget.set(target.href, entry);
  }
  return (
    <>
      {[...byTarget.values()].map(({ target, sections }) => (
        <p class="ttc-same" key={target.href}>
          {listed(sections)}: as for <a href={target.href}>{target.title}</a>.
        </p>
      ))}
    </>
  );
}

/**
 * One situation's advice, after its verdict: the widget's result and every entry of the no-JS
 * table on the tool page render this same component, so they can't drift apart. Text only.
 */
export function CallAdviceCard(props: Props) {
  const {
    advice,
    level,
    issueHref,
    handoffHref,
    talkId,
    afterTalkTrack,
    sameAs = {},
    folded = false,
  } = props;
  const section = (key: CallCardSection) =>
    sameAs[key] ? null : (
      <>
        <Heading level={level}>{CALL_CARD_SECTION_TITLES[key]}</Heading>
        {sectionBody(key, advice, issueHref)}
      </>
    );
  const talkTrack = (
    <>
      <Heading level={level}>Your talk track</Heading>
      <div id={talkId} class="ttc-talk-track">
        {advice.talkTrack.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {afterTalkTrack}
    </>
  );
  const rest = (
    <>
      {section('replies')}
      {section('asks')}
      {section('checklist')}
      {section('avoid')}
    </>
  );
  return (
    <>
      {folded ? (
        <>
          {talkTrack}
          <details class="ttc-more ttc-disclosure">
            <summary>Show the full advice</summary>
            {section('why')}
            {rest}
          </details>
        </>
      ) : (
        <>
          {section('why')}
          {talkTrack}
          {rest}
          <Pointers sameAs={sameAs} />
        </>
      )}

      <p>
        <a class="button" href={handoffHref}>
          {HANDOFF_LABELS[advice.goal]}
        </a>
      </p>
    </>
  );
}
