import { trustedBlobUrl } from '../../html/trusted-types.js';
import { scheduler } from '../../time/scheduler.js';

// The first Intl object a page makes costs 25–60 ms of its main thread (measured in Chromium 156:
// ICU's and V8's locale and zone tables, built once per renderer process, whatever the object),
// one call that no yielding can split. A worker that makes one first builds them off the main
// thread: the main thread's first `Intl.DateTimeFormat` then takes under a millisecond. Only
// where dates are shown in a `time-zone` (the one use of Intl on the page, by @date-fns/tz and
// assertTimeZone). Under Trusted Types its address passes the library's own policy. Where workers
// are refused (a CSP without `worker-src blob:`: the browser then reports that one refusal) or
// slow, the main thread pays as before, once the wait below is over.
// What @date-fns/tz asks of Intl (a long offset in a zone): a shorter object warms less of it.
const SOURCE = "new Intl.DateTimeFormat('en-US',{timeZone:'UTC',timeZoneName:'longOffset'}).format(0);postMessage(0)";
const MAX_WAIT_MS = 1500;

let warming: Promise<void> | undefined;
let warm = false;

/**
 * Undefined once Intl is warm (or could not be warmed); else a promise that settles when the
 * worker has made its first Intl object, failed, or `MAX_WAIT_MS` passed (whichever is first:
 * settling twice changes nothing).
 */
export function warmIntl(): Promise<void> | undefined {
  if (warm || typeof Worker === 'undefined') return undefined;
  return (warming ??= new Promise<void>((resolve) => {
    const done = (): void => {
      warm = true;
      resolve();
    };
    try {
      const url = URL.createObjectURL(new Blob([SOURCE]));
      const worker = new Worker(trustedBlobUrl(url));
      worker.onmessage = worker.onerror = () => {
        worker.terminate();
        URL.revokeObjectURL(url);
        done();
      };
      scheduler().setTimeout(done, MAX_WAIT_MS);
    } catch {
      done();
    }
  }));
}
