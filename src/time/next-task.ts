/**
 * Resolves in a later task of the page: `scheduler.yield()` where the browser has it, else a
 * message to ourselves (a task, not a timer: not clamped in background tabs, and not a delay that
 * ./scheduler.ts, which owns every wait, would need to know of). What separates two pieces of
 * work that would otherwise make one long task on the host page (issue 24).
 */
export function nextTask(): Promise<void> {
  const yielding = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof yielding?.yield === 'function') return yielding.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
