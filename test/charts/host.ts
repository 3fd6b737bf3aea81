/**
 * A chart container as the widget has it: a host of `width` pixels at the end of the page, with a shadow root
 * holding the container. `removeHosts()` takes them away again (call it in `afterEach`).
 */
const hosts: HTMLElement[] = [];

export function chartHost(width = 320): { host: HTMLElement; root: ShadowRoot; container: HTMLElement } {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  const root = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  root.append(container);
  document.body.append(host);
  hosts.push(host);
  return { host, root, container };
}

export function removeHosts(): void {
  for (const host of hosts.splice(0)) host.remove();
}
