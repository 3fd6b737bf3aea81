import { expect } from '@open-wc/testing';
import { packTemplates, unpackTemplate, type PackedTemplates } from '../../src/charts/template-codec.js';
import { compileAll } from '../../src/charts/compile-templates.js';
import { TEMPLATE_KEYS } from '../../src/charts/chart-data.js';

/**
 * template-codec.ts: the packed form the production bundle ships the compiled chart templates in (issue 20, §2.8).
 * Hand-made dataflows show each packing step and its exact undoing; the real templates show the whole round trip.
 */

type Json = Record<string, unknown>;

const lit = (value: unknown) => ({ type: 'Literal', value, raw: JSON.stringify(value) });
const id = (name: string) => ({ type: 'Identifier', name });
/** An expression operator as Vega's parser writes it: the source text and its syntax tree. */
const expr = (code: string, ast: Json, extra: Json = {}) => ({ id: 0, type: 'Operator', ...extra, update: { code, ast } });

/** Packs dataflows (through JSON, as the bundle ships them) and unpacks each. */
function roundTrip(templates: Record<string, unknown>): { pack: PackedTemplates; out: Record<string, Json> } {
  const pack = JSON.parse(JSON.stringify(packTemplates(Object.entries(templates).map(([key, runtime]) => ({ key, runtime }))))) as PackedTemplates;
  const out = Object.fromEntries(Object.keys(templates).map((k) => [k, unpackTemplate(pack, k) as unknown as Json]));
  return { pack, out };
}

const operators = (runtime: Json) => runtime.operators as Json[];
const ast = (runtime: Json, i: number) => (operators(runtime)[i]!.update as Json).ast;
const code = (runtime: Json, i: number) => (operators(runtime)[i]!.update as Json).code;

describe('charts/template-codec', () => {
  it('gives back every kind of expression node vega-interpreter reads, without the fields it never reads', () => {
    const trees: Json[] = [
      lit(3),
      lit('@not-an-identifier'),
      lit(null),
      id('width'),
      { type: 'MemberExpression', computed: false, object: id('datum'), property: id('value'), member: true },
      { type: 'MemberExpression', computed: true, object: id('innWrapLines'), property: lit(0) },
      { type: 'CallExpression', callee: id('indexof'), arguments: [id('innCmp'), lit('Norge')] },
      { type: 'ArrayExpression', elements: [lit(1), lit('a')] },
      { type: 'BinaryExpression', operator: '>=', left: id('a'), right: lit(0) },
      { type: 'LogicalExpression', operator: '||', left: id('a'), right: id('b') },
      { type: 'UnaryExpression', operator: '!', argument: id('a'), prefix: true },
      { type: 'ConditionalExpression', test: id('a'), consequent: lit('bold'), alternate: lit('normal') },
      { type: 'ObjectExpression', properties: [{ type: 'Property', key: lit('k'), value: id('v'), kind: 'init' }] },
    ];
    const runtime = { operators: trees.map((t, i) => expr(`e${i}`, t, { id: i })) };
    const { out } = roundTrip({ t: runtime });
    const strip = (node: unknown): unknown =>
      Array.isArray(node)
        ? node.map(strip)
        : node && typeof node === 'object'
          ? Object.fromEntries(
              Object.entries(node)
                .filter(([k]) => !['raw', 'member', 'prefix', 'kind'].includes(k))
                .map(([k, v]) => [k, strip(v)]),
            )
          : node;
    trees.forEach((t, i) => expect(ast(out.t!, i), `tree ${i}`).to.deep.equal(strip(t)));
    // Each expression gets a cache key of its own instead of its source text.
    expect(trees.map((_, i) => code(out.t!, i))).to.deep.equal(trees.map((_, i) => `#${i}`));
  });

  it('leaves out ids that count up by one and makes references relative, and restores both', () => {
    const runtime = {
      operators: [
        { id: 0, type: 'Operator', value: 1 },
        { id: 1, type: 'Collect', params: { pulse: { $ref: 0 } } },
        { id: 2, type: 'Filter', params: { pulse: { $ref: 1 } } },
        { id: 7, type: 'Filter', params: { pulse: { $ref: 2 } } },
        { id: '7:0', type: 'Sieve', params: { pulse: { $ref: 7 } } },
      ],
    };
    const { pack, out } = roundTrip({ flow: runtime });
    const packed = (pack.roots[0] as Json).operators as Json[];
    expect(packed.map((op) => op.id)).to.deep.equal([undefined, undefined, undefined, 7, '7:0']);
    // The same piece of dataflow reads the same wherever it stands: "the operator before me".
    expect(packed.slice(1, 4).map((op) => ((op.params as Json).pulse as Json).$ref)).to.deep.equal([-1, -1, -5]);
    expect(out.flow).to.deep.equal(runtime);
  });

  it('stores a long subtree that occurs more than once a single time, and templates that are the same once', () => {
    const long = { type: 'Mark', params: { note: 'x'.repeat(420) } };
    const a = {
      operators: [
        { id: 0, ...long },
        { id: 1, type: 'Operator', value: 'a' },
      ],
    };
    const b = {
      operators: [
        { id: 0, ...long },
        { id: 1, type: 'Operator', value: 'b' },
      ],
    };
    const { pack, out } = roundTrip({ a, b, 'b-again': structuredClone(b) });
    expect(pack.roots).to.have.length(2);
    expect(pack.keys['b-again']).to.equal(pack.keys.b);
    expect(JSON.stringify(pack).split('x'.repeat(420))).to.have.length(2);
    expect(out).to.deep.equal({ a, b, 'b-again': b });
  });

  it('refuses what it cannot give back exactly, saying what, instead of drawing wrongly', () => {
    const cases: Array<[Json, RegExp]> = [
      [{ operators: [expr('/a/', { type: 'Literal', value: {}, regex: { pattern: 'a' } })] }, /regex|field "regex"/i],
      [{ operators: [expr('this', { type: 'ThisExpression' })] }, /Cannot pack a ThisExpression/],
      [{ operators: [expr('a in b', { type: 'BinaryExpression', operator: 'in', left: id('a'), right: id('b') })] }, /operator in/],
      [
        {
          operators: [
            expr('f.g()', { type: 'CallExpression', callee: { type: 'MemberExpression', computed: false, object: id('f'), property: id('g') }, arguments: [] }),
          ],
        },
        /function name/,
      ],
      [{ operators: [{ type: 'Operator' }] }, /without an id/],
      [{ operators: [{ id: 0, type: 'Operator', value: { '^': 1 } }] }, /"\^" key/],
    ];
    for (const [runtime, message] of cases) expect(() => packTemplates([{ key: 'bad', runtime }])).to.throw(message);
    expect(() => unpackTemplate({ keys: {}, roots: [], dict: [] }, 'change-bars')).to.throw('no compiled chart template "change-bars"');
  });

  it('packs every compiled chart template and unpacks each to a dataflow Vega can run', async function () {
    this.timeout(60000);
    const compiled = compileAll();
    expect(compiled.map((c) => c.key).sort()).to.deep.equal([...TEMPLATE_KEYS].sort());
    const { pack, out } = roundTrip(Object.fromEntries(compiled.map((c) => [c.key, c.runtime])));
    // (packTemplates itself compares each unpacked template with the compiled one and throws on a difference.)
    for (const c of compiled) {
      const runtime = out[c.key]!;
      expect(operators(runtime).length, c.key).to.equal((c.runtime as unknown as Json as { operators: unknown[] }).operators.length);
      expect(JSON.stringify(runtime), c.key).to.not.contain('"^"');
    }
    // Packing pays: the shipped form is well under the compiled JSON.
    const plain = JSON.stringify(compiled.map((c) => c.runtime)).length;
    expect(JSON.stringify(pack).length).to.be.below(plain / 2);
  });
});
