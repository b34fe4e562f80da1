/** A column heading: its text, and whether the column holds numbers (right-aligned). */
export type Column = string | { text: string; num?: boolean };

/** A table's header row, each cell a column header (`scope="col"`). */
export function Head({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          typeof c === 'string' ? (
            <th scope="col" key={i}>
              {c}
            </th>
          ) : (
            <th scope="col" key={i} class={c.num ? 'num' : undefined}>
              {c.text}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
