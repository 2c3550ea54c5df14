// Types for scripts/csp-server.mjs, imported by test/e2e/csp.spec.ts.
export declare const LIBRARY_TRUSTED_TYPES: string[];
export declare const DEMO_TRUSTED_TYPES: string[];
export declare const CSP: string;
export declare const RAZORPAY_CSP: string;
export declare function serveWithCsp(options?: { root?: string; port?: number; host?: string; csp?: string }): Promise<{ url: string; close: () => Promise<void> }>;
