// The site's Content-Security-Policy, in one place: the <meta http-equiv> on every page and dist/_headers for hosts
// that read it. No inline script or style anywhere (scripts and stylesheets are files; charts carry classes);
// Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').

/** The directives every page is held to. */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** For the <meta> element. Browsers ignore (and warn about) frame-ancestors there, so it is only in the headers. */
export const CSP_META = CSP_DIRECTIVES.join("; ");

/** For an HTTP header: who may frame the page. Embed pages (/embed/…) are made to be framed by any site. */
export const cspHeader = (framedByAnyone: boolean): string =>
  [...CSP_DIRECTIVES, `frame-ancestors ${framedByAnyone ? "*" : "'self'"}`].join("; ");

/**
 * dist/_headers (the format Netlify and Cloudflare Pages read): one rule per top-level entry of the site, so that
 * no two rules match one path (hosts join the values of rules that overlap, and two CSP headers both apply).
 * `entries` are the names in dist/, folders with a trailing "/"; sorted output, same input → same bytes.
 */
export function headersFile(entries: readonly string[]): string {
  const common = ["X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"];
  const rules: [string, boolean][] = [["/", false]];
  for (const e of [...entries].sort()) {
    if (e === "_headers" || e === "index.html") continue;
    rules.push([e.endsWith("/") ? `/${e}*` : `/${e}`, e === "embed/"]);
  }
  return (
    rules
      .map(([path, framed]) =>
        [path, `  Content-Security-Policy: ${cspHeader(framed)}`, ...common.map((h) => `  ${h}`)].join("\n"),
      )
      .join("\n") + "\n"
  );
}
