import type { CSSResultOrNative, ReactiveControllerHost } from 'lit';
import { KeyedFirstUse } from '../../first-use.js';
import type { LayoutKit, LayoutModule, LayoutView } from './layout.js';

/** The layouts in modules of their own. */
export type ModuleLayout = 'ticker' | 'carousel';

const isModuleLayout = (layout: string): layout is ModuleLayout => layout === 'ticker' || layout === 'carousel';

/**
 * `ticker` and `carousel` load the first time a page uses them. Fallback when one fails to load
 * (a deploy replaced its chunk): the plain list, never a blank.
 */
const LAYOUT_MODULES = new KeyedFirstUse<ModuleLayout, LayoutModule>((layout) => (layout === 'ticker' ? import('./ticker.js').then((module) => module.layout) : import('./carousel.js').then((module) => module.layout)));

/**
 * The list's layout module, for one element: loads it when the element first shows that layout,
 * creates its view with the list's kit, disposes of the view when the layout changes.
 */
export class LayoutLoader {
  /** The view of the module layout shown, once its module has loaded. */
  view?: LayoutView;
  /** Settles once the module the element waits for has loaded (or failed to); undefined when nothing is loading. */
  loading?: Promise<void>;
  private layout?: ModuleLayout;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly kit: LayoutKit,
    /** Adds a module's styles to the element's shadow root, once per module. */
    private readonly adopt: (styles: CSSResultOrNative[]) => void,
  ) {}

  /** The layout shown needs a module that is on its way: its place is held, as while loading. */
  get waiting(): boolean {
    return this.layout !== undefined && !this.view && !LAYOUT_MODULES.failed(this.layout);
  }

  /** From the element's `willUpdate`: starts loading the layout's module, or drops the view of one no longer used. */
  sync(layout: string): void {
    const wanted = isModuleLayout(layout) ? layout : undefined;
    if (this.layout === wanted) return;
    this.view?.dispose();
    this.view = undefined;
    this.loading = undefined;
    this.layout = wanted;
    if (!wanted) return;
    const loading = LAYOUT_MODULES.load(wanted);
    if (!loading) return this.attach(wanted);
    this.loading = loading.then(() => {
      if (this.layout !== wanted) return;
      this.loading = undefined;
      this.attach(wanted);
      this.host.requestUpdate();
    });
  }

  private attach(layout: ModuleLayout): void {
    const module = LAYOUT_MODULES.value(layout);
    if (!module) return;
    this.adopt(module.styles);
    this.view = module.create(this.kit);
  }
}
