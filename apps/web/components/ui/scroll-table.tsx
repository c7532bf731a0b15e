import type { ReactNode } from 'react';

interface Props {
  /** Names the region for screen readers, e.g. "Held slots, scrolls sideways". */
  label: string;
  /** The column headings; a heading of only screen-reader text is allowed. */
  columns: readonly ReactNode[];
  /** The rows (`<tr>`s). */
  children: ReactNode;
}

/** A card with a table that scrolls sideways on a narrow screen, and can be scrolled from the keyboard. */
export function ScrollTable({ label, columns, children }: Props) {
  return (
    <div className="card overflow-x-auto p-0" tabIndex={0} role="region" aria-label={label}>
      <table className="queue-table">
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
