export type DataTableProps = {
  caption: string;
  columns: string[];
  /** The first cell of each row names it and becomes a row header. */
  rows: (string | number)[][];
};

/** The numbers behind a chart, for screen readers, keyboards and anyone who wants them exact. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm font-medium underline-offset-4 hover:underline">
        Data as a table
      </summary>
      <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={`${caption}, scrollable`}>
        <table className="w-full border-collapse text-left text-sm tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              {columns.map((column) => (
                <th key={column} scope="col" className="py-1 pr-3 font-semibold">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([head, ...cells]) => (
              <tr key={String(head)} className="border-b border-zinc-100 dark:border-zinc-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {head}
                </th>
                {cells.map((cell, i) => (
                  <td key={i} className="py-1 pr-3">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
