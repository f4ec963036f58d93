import type { Column } from '../../lib/counteroffer/index.ts';
import { COLUMN_LABELS } from './columns.ts';

/** The head row both comparison tables share: an empty corner, then one header per offer shown. */
export function ColumnHeads({ columns }: { columns: readonly { column: Column }[] }) {
  return (
    <thead>
      <tr>
        <td />
        {columns.map(({ column }) => (
          <th scope="col" key={column}>
            {COLUMN_LABELS[column]}
          </th>
        ))}
      </tr>
    </thead>
  );
}
