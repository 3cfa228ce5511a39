// The inline script that loads a widget's script once the host page has painted its content.
//
// Why: a deferred script that arrives quickly (a CDN, a warm cache, a local server) runs before
// the browser paints the page's article, so the page's LCP waits for our work; and Lighthouse's
// simulation, which partners' pages are graded by, counts every request that ended before that
// paint as one the paint needed (the list IIFE's download alone moved the page's simulated LCP by
// 450 ms). A script requested after the first paint costs the page's LCP nothing (issue 24).
//
// The code is one constant: the address and integrity come from the <script>'s own data-*
// attributes (document.currentScript), so a strict Content-Security-Policy allows it by one
// hash (AFTER_PAINT_HASH, in dist/integrity.json as "after-paint"), the same for every build,
// page and version. Classic ES5, since it runs before anything else of ours in every browser.

/**
 * The loader's code, exactly as the snippet writes it. In order: load at once when the page has
 * already painted content, or is hidden (a hidden page does not paint); else on the page's
 * first-contentful-paint entry; else after three frames (a page with nothing contentful, or a
 * browser without paint timing). The script it adds gets `data-src`, `data-integrity` (with
 * `crossorigin="anonymous"`, as the plain tag) and `data-type` (`module` for the ES module).
 * Under Trusted Types its address passes the `news-widgets-loader` policy, which a page's
 * `trusted-types` directive lists; where the page refuses it, the loader stops quietly (the
 * browser reports the violation) and the element keeps its fallback content.
 */
export const AFTER_PAINT_LOADER =
  '(function(c,d,n){' +
  'function l(){if(c){var s=d.createElement("script"),a=c.dataset,u=a.src;c=0;' +
  'try{u=trustedTypes.createPolicy("news-widgets-loader",{createScriptURL:function(x){return x}}).createScriptURL(u)}catch(e){}' +
  'try{s.src=u}catch(e){return}' +
  'if(a.integrity)s.integrity=a.integrity;s.crossOrigin="anonymous";if(a.type)s.type=a.type;d.head.appendChild(s)}}' +
  'function f(){++n>3?l():requestAnimationFrame(f)}' +
  'if(d.visibilityState=="hidden"||performance.getEntriesByName("first-contentful-paint").length)return l();' +
  'requestAnimationFrame(f);' +
  'try{new PerformanceObserver(function(e,o){e.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),l())}).observe({type:"paint"})}catch(e){}' +
  '})(document.currentScript,document,0)';
