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
const SOURCE = "new Intl.DateTimeFormat('en-GB',{timeZone:'UTC',hour:'numeric',timeZoneName:'longOffset'}).format(0);postMessage(0)";
const MAX_WAIT_MS = 1500;

let warming: Promise<void> | undefined;
let warm = false;

/**
 * Undefined once Intl is warm (or could not be warmed); else a promise that settles when the
 * worker has made its first Intl object, failed, or `MAX_WAIT_MS` passed.
 */
export function warmIntl(): Promise<void> | undefined {
  if (warm || typeof Worker === 'undefined' || typeof Blob === 'undefined') return undefined;
  return (warming ??= new Promise<void>((resolve) => {
    let worker: Worker | undefined;
    let url = '';
    let timer: unknown;
    const done = (): void => {
      if (warm) return;
      warm = true;
      scheduler().clearTimeout(timer);
      worker?.terminate();
      if (url) URL.revokeObjectURL(url);
      resolve();
    };
    try {
      url = URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' }));
      worker = new Worker(trustedBlobUrl(url));
      worker.onmessage = done;
      worker.onerror = done;
      timer = scheduler().setTimeout(done, MAX_WAIT_MS);
    } catch {
      done();
    }
  }));
}
