import { expect } from '@open-wc/testing';
import { pageVisibility } from '../../src/time/page-visibility.js';

// The document's own source (the component tests use a fake one): every subscriber hears the
// document's `visibilitychange` through one listener, added once, however often lists come and go.
describe('page visibility from the document', () => {
  it('tells every subscriber through one document listener, and an unsubscribed one no more', () => {
    const added: string[] = [];
    const { addEventListener } = document;
    document.addEventListener = function (this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]) {
      added.push(type);
      addEventListener.call(this, type, ...rest);
    } as typeof document.addEventListener;
    const heard: string[] = [];
    try {
      const source = pageVisibility();
      const first = () => heard.push('first');
      const stopFirst = source.subscribe(first);
      const stopSecond = source.subscribe(() => heard.push('second'));
      // The same function twice is two subscriptions, each ended by its own unsubscribe.
      const stopAgain = source.subscribe(first);
      document.dispatchEvent(new Event('visibilitychange'));
      expect(heard).to.deep.equal(['first', 'second', 'first']);
      stopFirst();
      stopSecond();
      heard.length = 0;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(heard).to.deep.equal(['first']);
      stopAgain();
      for (let round = 0; round < 3; round++) source.subscribe(() => heard.push('later'))();
      heard.length = 0;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(heard).to.deep.equal([]);
      expect(added.filter((type) => type === 'visibilitychange')).to.have.length(1);
    } finally {
      document.addEventListener = addEventListener;
    }
  });
});
