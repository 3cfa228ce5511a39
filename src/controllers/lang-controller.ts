import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Locale } from 'date-fns';
import { dateLocaleFor, langOf, loadLanguage, messagesFor, uiLang, type DateNeeds, type UiLang } from '../i18n/localize.js';
import type { Messages } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: any `lang` change re-resolves every connected widget.
const connected = new Set<LangController>();
let observer: MutationObserver | undefined;

/** Resolves the UI language from the DOM and keeps it current when any `lang` changes. */
export class LangController implements ReactiveController {
  lang: UiLang = 'en';

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  get messages(): Messages {
    return messagesFor(this.lang);
  }

  /** The language's date words, where the host's dates need them (see `localeLoading`). */
  get dateLocale(): Locale | undefined {
    return dateLocaleFor(this.lang);
  }

  /**
   * For the host's `scheduleUpdate`: a promise while the language the DOM asks for is loading
   * (its strings, and what `dates` need: date words, date-fns `format`), so no update renders
   * in the wrong language.
   */
  localeLoading(dates?: DateNeeds): Promise<void> | undefined {
    return loadLanguage(this.resolved(), dates);
  }

  hostConnected(): void {
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((controller) => controller.resolve()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.lang = this.resolved();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /**
   * Before each render: an element inside another shadow root is not seen by the observer.
   * Lit's server renderer calls no controller hooks: `NewsElement` calls this one there.
   */
  hostUpdate(): void {
    this.lang = this.resolved();
  }

  /** The language the DOM asks for; on the server there is no DOM, and the element's own `lang` decides. */
  private resolved(): UiLang {
    return uiLang(isServer ? this.host.getAttribute('lang') : langOf(this.host));
  }

  private resolve(): void {
    if (this.resolved() !== this.lang) this.host.requestUpdate();
  }
}
