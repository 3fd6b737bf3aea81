/**
 * Registers an element unless the name is taken: loading the bundle twice, or two versions on one page,
 * must not throw. A different class already under the name is left in place, with a console warning.
 */
export function define(name: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(name);
  if (existing === undefined) {
    customElements.define(name, ctor);
    return;
  }
  if (existing !== ctor) console.warn(`<${name}> is already defined on this page (another copy or version of Innsikt); the first one is kept.`);
}
