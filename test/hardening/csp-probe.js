// Collects what the strict page's policy blocked, and anything that threw, for csp.test.ts.
window.violations = [];
window.errors = [];
window.canary = 0;
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
window.addEventListener('error', (event) => window.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
