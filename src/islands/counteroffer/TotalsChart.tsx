import { formatMoney } from '../../lib/offer/index.ts';
import type { ColumnSummary } from './ComparisonTable.tsx';
import { COLUMN_LABELS } from './columns.ts';

type Props = {
  columns: readonly ColumnSummary[];
  currency: string;
  locale: string;
};

const WIDTH = 340;
const LABEL = 56;
const VALUE = 96;
const BAR = 18;
const BAR_GAP = 4;
const YEAR_GAP = 14;

/**
 * Each offer’s yearly total as a horizontal bar with its amount written at the end, so the chart
 * reads on a phone without a legend lookup per bar. The table next to it has every figure too.
 */
export function TotalsChart({ columns, currency, locale }: Props) {
  const money = (amount: number) => formatMoney(Math.round(amount), currency, locale);
  const years = columns[0]?.summary.years.length ?? 0;
  const max = Math.max(1, ...columns.flatMap(({ summary }) => summary.years.map((row) => row.total)));
  const track = WIDTH - LABEL - VALUE;
  const groupHeight = columns.length * (BAR + BAR_GAP) - BAR_GAP;
  const height = years * (groupHeight + YEAR_GAP) - YEAR_GAP;
  const label = `Bar chart of yearly totals, years 1 to ${years}. ${columns
    .map(
      ({ column, summary }) =>
        `${COLUMN_LABELS[column]}: ${summary.years.map((row) => money(row.total)).join(', ')}`,
    )
    .join('. ')}. Every figure is in the table.`;
  return (
    <div class="co-chart">
      <p class="co-legends" aria-hidden="true">
        {columns.map(({ column }) => (
          <span key={column} class="co-legend">
            <span class={`co-swatch co-bar-${column}`} />
            {COLUMN_LABELS[column]}
          </span>
        ))}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        {Array.from({ length: years }, (_, k) => {
          const top = k * (groupHeight + YEAR_GAP);
          return (
            <g key={k}>
              <text class="co-chart-year" x={0} y={top + groupHeight / 2}>
                Year {k + 1}
              </text>
              {columns.map(({ column, summary }, i) => {
                const total = summary.years[k]?.total ?? 0;
                const width = (total / max) * track;
                const y = top + i * (BAR + BAR_GAP);
                return (
                  <g key={column}>
                    <rect class={`co-bar co-bar-${column}`} x={LABEL} y={y} width={width} height={BAR} />
                    <text x={LABEL + width + 6} y={y + BAR / 2}>
                      {money(total)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
