import { formatMoney } from '../../lib/offer';
import type { ColumnSummary } from './ComparisonTable';
import { COLUMN_LABELS } from './columns';

type Props = {
  columns: readonly ColumnSummary[];
  currency: string;
  locale: string;
};

const WIDTH = 400;
const HEIGHT = 180;
const AXIS = 24;
const GAP = 16;

/** Bars of each offer's yearly totals. The table next to it is the accessible alternative, so the label only summarises. */
export function TotalsChart({ columns, currency, locale }: Props) {
  const money = (amount: number) => formatMoney(Math.round(amount), currency, locale);
  const years = columns[0]?.summary.years.length ?? 0;
  const max = Math.max(1, ...columns.flatMap(({ summary }) => summary.years.map((row) => row.total)));
  const groupWidth = WIDTH / Math.max(1, years);
  const barWidth = (groupWidth - GAP) / Math.max(1, columns.length);
  const label = `Bar chart of yearly totals, years 1 to ${years}. ${columns
    .map(
      ({ column, summary }) =>
        `${COLUMN_LABELS[column]}: ${summary.years.map((row) => money(row.total)).join(', ')}`,
    )
    .join('. ')}. Every figure is in the table.`;
  return (
    <div class="co-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        {Array.from({ length: years }, (_, k) => (
          <g key={k}>
            {columns.map(({ column, summary }, i) => {
              const height = ((summary.years[k]?.total ?? 0) / max) * (HEIGHT - AXIS - 4);
              return (
                <rect
                  key={column}
                  class={`co-bar co-bar-${column}`}
                  x={k * groupWidth + GAP / 2 + i * barWidth}
                  y={HEIGHT - AXIS - height}
                  width={Math.max(0, barWidth - 2)}
                  height={height}
                />
              );
            })}
            <text x={k * groupWidth + groupWidth / 2} y={HEIGHT - 6} text-anchor="middle">
              Year {k + 1}
            </text>
          </g>
        ))}
      </svg>
      <p class="co-legends" aria-hidden="true">
        {columns.map(({ column }) => (
          <span key={column} class="co-legend">
            <span class={`co-swatch co-bar-${column}`} />
            {COLUMN_LABELS[column]}
          </span>
        ))}
      </p>
    </div>
  );
}
