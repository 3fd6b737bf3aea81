/** Where in a CSV file a problem is, as messages name it: `line 4, column "år"`. */

export function columnPath(line: number, header: string, index: number): string {
  return header.trim() ? `line ${line}, column ${JSON.stringify(header.trim())}` : `line ${line}, column ${index + 1}`;
}

export function headerName(header: string, index: number): string {
  return header.trim() ? `"${header.trim()}"` : `${index + 1} (no name)`;
}
