// Server-side commands the browser tests call through @web/test-runner-commands'
// executeServerCommand: things only the browser's driver can see (CDP, BiDi or WebDriver).

/** The puppeteer page running a test session, or undefined in a browser without one. */
function pageOf(session) {
  return typeof session.browser?.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
}

export function browserCommands() {
  return {
    name: 'news-widgets-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'heap-size') {
        // The heap is read over the Chrome DevTools Protocol, which Firefox (driven over WebDriver BiDi) lacks.
        const page = pageOf(session);
        // -1, not null: the runner takes a null answer for "no plugin handles this command".
        if (!page?.createCDPSession || session.browser.name === 'Firefox') return -1;
        const client = await page.createCDPSession();
        try {
          await client.send('HeapProfiler.collectGarbage');
          return (await client.send('Runtime.getHeapUsage')).usedSize;
        } finally {
          await client.detach();
        }
      }
      if (command === 'screenshot-rect') {
        const page = pageOf(session);
        // WebDriver (WebKit) has element screenshots: the page is the window's top document there.
        const driver = session.browser.driver;
        if (!page && driver?.takeElementScreenshot) {
          const element = await driver.$(payload.selector);
          return driver.takeElementScreenshot(element.elementId);
        }
        if (!page) return null;
        const { x, y, width, height } = payload;
        // A background tab paints no frames, and a screenshot waits for one.
        await page.bringToFront();
        return page.screenshot({ clip: { x, y, width, height }, encoding: 'base64' });
      }
      return undefined;
    },
  };
}
