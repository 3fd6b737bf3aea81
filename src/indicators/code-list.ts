/** A list of codes as a webmaster writes it in an attribute: separated by spaces or commas (`0529 0542`, `34,0`). */
export function codeList(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}
