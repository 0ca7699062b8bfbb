// A test-runner command that emulates any CSS media type and features through the DevTools
// protocol (Emulation.setEmulatedMedia), including those @web/test-runner-commands' emulateMedia
// cannot set with Puppeteer: forced-colors, prefers-contrast. In a test:
//   executeServerCommand('emulate-css-media', { media: 'print', features: { 'forced-colors': 'active' } })
// Each call replaces the previous emulation; call it with {} to reset.
const sessions = new WeakMap();

export function cssMediaPlugin() {
  return {
    name: 'emulate-css-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-css-media') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const features = Object.entries(payload?.features ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features });
      return true;
    },
  };
}
