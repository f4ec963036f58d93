import {
  known,
  states,
  valueText,
  type Column,
  type OfferInput,
  type TermKey,
} from '../../lib/counteroffer/index.ts';
import { ColumnHeads } from './ColumnHeads.tsx';
import { ID_PREFIX } from './columns.ts';

type Props = {
  inputs: readonly { column: Column; input: OfferInput }[];
  currency: string;
  locale: string;
};

const ROWS: readonly [TermKey, string][] = [
  ['level', 'Level'],
  ['title', 'Job title'],
  ['startDate', 'Start date'],
  ['remoteDays', 'Remote days'],
  ['timeOff', 'Paid time off'],
  ['equityRefresh', 'Yearly equity refresh'],
  ['reviewMonths', 'Pay review'],
];

/** The terms beyond pay side by side: only rows where some offer has a value, nothing when none has. */
export function TermsTable({ inputs, currency, locale }: Props) {
  const columns = inputs.map(({ column, input }) => ({ column, terms: known(input, locale) }));
  const rows = ROWS.flatMap(([term, label]) => {
    const values = columns.map(({ terms }) => {
      return states(term, terms) ? valueText(term, terms, currency, locale) : '—';
    });
    return values.some((value) => value !== '—') ? [{ term, label, values }] : [];
  });
  if (rows.length === 0) return null;
  const captionId = `${ID_PREFIX}-terms-caption`;
  return (
    <section class="co-table-scroll co-print" aria-labelledby={captionId} tabIndex={0}>
      <table class="co-table">
        <caption id={captionId}>Beyond pay</caption>
        <ColumnHeads columns={columns} />
        <tbody>
          {rows.map(({ term, label, values }) => (
            <tr key={term}>
              <th scope="row">{label}</th>
              {values.map((value, i) => (
                <td key={i}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
