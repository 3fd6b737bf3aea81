/**
 * A drawing as plain data: an SVG element with its attributes, text and children. The first paint of bar charts
 * (static-bars.ts) is laid out once as such a tree and then written either into the page ({@link toSvgElement}, in
 * the widget) or as markup ({@link svgMarkup}, in Node, for the pre-rendered first paint a page ships in its HTML),
 * so both are the same drawing.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  /** Text content (feed text: always written as text, never as markup). */
  text?: string;
  children: SvgNode[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Appends a new node to `parent` and returns it. */
export function svgChild(parent: SvgNode, tag: string, attrs: SvgNode['attrs'], text?: string): SvgNode {
  const node: SvgNode = { tag, attrs, children: [] };
  if (text !== undefined) node.text = text;
  parent.children.push(node);
  return node;
}

/** The tree as DOM nodes (text through `textContent`). */
export function toSvgElement(node: SvgNode, doc: Document = document): SVGElement {
  const el = doc.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) el.setAttribute(name, String(value));
  if (node.text !== undefined) el.textContent = node.text;
  for (const child of node.children) el.append(toSvgElement(child, doc));
  return el;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML or SVG markup, in content or in a quoted attribute: `&`, `<`, `>` and quotes escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** The tree as SVG markup (the root gets the SVG namespace, as inline SVG in HTML needs none but XML does). */
export function svgMarkup(node: SvgNode, root = true): string {
  if (!NAME.test(node.tag)) throw new Error(`Not an element name: ${node.tag}`);
  let out = `<${node.tag}`;
  if (root && !('xmlns' in node.attrs)) out += ` xmlns="${SVG_NS}"`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (!NAME.test(name)) throw new Error(`Not an attribute name: ${name}`);
    out += ` ${name}="${escapeMarkup(String(value))}"`;
  }
  out += '>';
  if (node.text !== undefined) out += escapeMarkup(node.text);
  for (const child of node.children) out += svgMarkup(child, false);
  return `${out}</${node.tag}>`;
}
