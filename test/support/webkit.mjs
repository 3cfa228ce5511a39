// WebKit, the engine behind Safari, from Debian's WebKitGTK: its WebDriver (WebKitWebDriver)
// drives MiniBrowser. Nothing is downloaded. The launcher starts what it needs itself (a
// virtual X display when there is none, and the driver on a free port) and stops both by PID.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const WEBKIT_BINARY = process.env.WEBKIT_BINARY ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd); resolves with the process and ":N". */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display`)));
  });
}

/** Waits until the driver answers its status endpoint. */
async function driverReady(port, driver) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 30 s');
}

export function webkitMissing() {
  return [WEBKIT_DRIVER, WEBKIT_BINARY].filter((path) => !existsSync(path));
}

export function webkitLauncher() {
  const processes = [];
  const stopProcesses = () => {
    for (const child of processes.splice(0)) if (child.exitCode === null) child.kill();
  };
  process.once('exit', stopProcesses);
  // The port is known only once the driver runs: the launcher gets it in initialize().
  const options = {
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: 180_000,
    capabilities: {
      // Without this (or with a browserName) WebKitWebDriver refuses the session.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: WEBKIT_BINARY, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  launcher.initialize = async (config) => {
    let display = process.env.DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      processes.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' });
    processes.push(driver);
    await driverReady(port, driver);
    options.port = port;
    await initialize(config);
    // The launcher names itself from capabilities, and a browserName capability is refused.
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    await stop();
    stopProcesses();
  };
  return launcher;
}
