import { expect } from '@open-wc/testing';
import { warmIntl } from '../../src/data/dates/intl-warmup.js';
import { nextTask } from '../../src/time/next-task.js';

// Intl's start-up off the main thread (src/data/dates/intl-warmup.ts): one worker per page, whose
// wait every caller shares, and then nothing more to wait for. Its effect on the page's tasks is
// measured by `npm run bench:page`, not here.
describe('Intl warm-up', () => {
  it('starts one worker, shared by every caller, and then has nothing to wait for', async () => {
    const first = warmIntl();
    expect(first, 'a page with workers waits once').to.be.an.instanceOf(Promise);
    expect(warmIntl(), 'the same wait').to.equal(first);
    await first;
    expect(warmIntl(), 'warm').to.equal(undefined);
    // Intl works on the main thread afterwards, as always.
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tashkent', hour: 'numeric', hourCycle: 'h23' }).format(Date.UTC(2026, 0, 21, 13, 21))).to.equal('18');
  });

  it('nextTask resolves in a later task, not in this one\'s microtasks', async () => {
    const order: string[] = [];
    const later = nextTask().then(() => order.push('next task'));
    setTimeout(() => order.push('timer'));
    await Promise.resolve();
    order.push('microtask');
    await later;
    expect(order[0]).to.equal('microtask');
    expect(order).to.include('next task');
  });
});
