// Peers without bundled types (the bench types what it uses at the call site).
declare module 'jsdom'
declare module '@adobe/structured-data-validator'
declare module '@marbec/web-auto-extractor'
