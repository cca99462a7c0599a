// Link check over every HTML file in dist/: each internal href/src/action/srcset (and CSS url() in inline
// styles) must name a file that exists, and each #fragment an id on the target page; no page gives one id to two
// elements. Reads each file once.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DIST, assertBuilt } from "./harness.ts";

/** One internal reference that does not resolve. */
export interface BrokenLink {
  /** URL path of the page that holds the reference. */
  page: string;
  /** Attribute (or "url()") and value as written. */
  ref: string;
  reason: string;
}

const ATTR = /\s(href|src|srcset|action|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const ID_ATTR = /\sid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]+))\s*\)/gi;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
// Only attributes inside a start tag count: text may quote markup (an escaped <iframe src=…> snippet).
const TAG = /<[a-z][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*>/gi;
// Script bodies and comments may quote markup; only the <script ...> tag itself counts.
const SKIPPED = /(<script\b[^>]*>)[\s\S]*?<\/script>|<!--[\s\S]*?-->/gi;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
/** Decodes the character references an attribute value may hold ("&amp;" → "&", "&#35;" → "#"). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? m),
  );
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** URL path of a file in the site: "besturen/1/index.html" → "/besturen/1/", "404.html" → "/404.html". */
const urlPathOf = (rel: string) =>
  "/" +
  rel
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");

/**
 * Checks every internal reference in every HTML file under `dir`; returns the broken ones and counts.
 * A path resolves to a file, or to a directory with index.html; a fragment must be an id (or name) there.
 */
export function checkLinks(dir: string): {
  files: number;
  refs: number;
  broken: BrokenLink[];
  /** Ids given to more than one element of a page: "page #id (n times)". */
  duplicateIds: string[];
} {
  const all = walk(dir).map((f) => relative(dir, f).split(sep).join("/"));
  const files = new Set(all);
  const html = all.filter((f) => f.endsWith(".html"));
  const ids = new Map<string, Set<string>>(); // file → ids
  const refs: { page: string; file: string; ref: string; value: string }[] = [];
  const duplicateIds: string[] = [];

  for (const file of html) {
    const text = readFileSync(join(dir, file), "utf8");
    const page = urlPathOf(file);
    const own = new Set<string>();
    for (const m of text.matchAll(ID)) own.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""));
    ids.set(file, own);
    const markup = text.replace(SKIPPED, (_m, scriptTag: string | undefined) => scriptTag ?? "");
    const tags = [...markup.matchAll(TAG)];
    // Every id once per page (axe sees pages with repeated markup trimmed, so it cannot see all copies).
    const idCount = new Map<string, number>();
    for (const t of tags)
      for (const m of t[0].matchAll(ID_ATTR)) {
        const id = decodeEntities(m[1] ?? m[2] ?? m[3] ?? "");
        idCount.set(id, (idCount.get(id) ?? 0) + 1);
      }
    for (const [id, n] of idCount) if (n > 1) duplicateIds.push(`${page} #${id} (${n} times)`);
    for (const m of tags.flatMap((t) => [...t[0].matchAll(ATTR)])) {
      const attr = m[1]!.toLowerCase();
      const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
      const values =
        attr === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      for (const v of values) refs.push({ page, file, ref: `${attr}="${v}"`, value: v });
    }
    for (const block of markup.matchAll(STYLE_BLOCK))
      for (const m of block[1]!.matchAll(CSS_URL)) {
        const v = decodeEntities(m[1] ?? m[2] ?? m[3] ?? "");
        refs.push({ page, file, ref: `url(${v})`, value: v });
      }
  }

  const base = "http://site.invalid";
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const r of refs) {
    const v = r.value.trim();
    if (v === "" || /^(data|mailto|tel|javascript|blob):/i.test(v)) continue;
    let url: URL;
    try {
      url = new URL(v, base + r.page);
    } catch {
      broken.push({ page: r.page, ref: r.ref, reason: "not a valid URL" });
      continue;
    }
    if (url.origin !== base) continue; // another site
    checked++;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname).slice(1);
    } catch {
      broken.push({ page: r.page, ref: r.ref, reason: "bad percent-encoding" });
      continue;
    }
    const target =
      path === "" || path.endsWith("/")
        ? files.has(path + "index.html")
          ? path + "index.html"
          : undefined
        : files.has(path)
          ? path
          : files.has(path + "/index.html")
            ? path + "/index.html"
            : undefined;
    if (!target) {
      broken.push({
        page: r.page,
        ref: r.ref,
        reason: `no file ${path === "" || path.endsWith("/") ? path + "index.html" : path} in dist`,
      });
      continue;
    }
    const hash = url.hash.slice(1);
    if (!hash || hash === "top" || hash.startsWith(":~:") || !target.endsWith(".html")) continue;
    let fragment: string;
    try {
      fragment = decodeURIComponent(hash);
    } catch {
      fragment = hash;
    }
    if (!ids.get(target)?.has(fragment))
      broken.push({ page: r.page, ref: r.ref, reason: `no id "${fragment}" on ${urlPathOf(target)}` });
  }
  return { files: html.length, refs: checked, broken, duplicateIds };
}

/** Broken links as lines, grouped by reference so one broken template shows once with a count. */
export function formatBroken(broken: BrokenLink[], limit = 40): string[] {
  const groups = new Map<string, BrokenLink[]>();
  for (const b of broken) {
    const key = `${b.ref} → ${b.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(
      ([key, list]) =>
        `${key} on ${list.length} page(s), e.g. ${list
          .slice(0, 3)
          .map((b) => b.page)
          .join(", ")}`,
    );
}

describe("checkLinks", () => {
  const tmp = mkdtempSync(join(tmpdir(), "po-vo-links-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(tmp, rel)), { recursive: true });
    writeFileSync(join(tmp, rel), text);
  };

  it("checkLinks(dir) reports missing files and missing #ids, and accepts what resolves", () => {
    write(
      "index.html",
      `<a href="/a/">a</a><a href="a/#x">x</a><a href="/a/#nope">n</a><a href="/b/">b</a>` +
        `<p id="twice">1</p><p id="twice">2</p><input name="r"><input name="r"><p data-id="twice">3</p>`,
    );
    write(
      "a/index.html",
      `<h2 id="x">x</h2><img src="../pic.svg" srcset="/pic.svg 1x, /big.svg 2x"><a href="#x">s</a>` +
        `<a href="https://example.org/">e</a><a href="mailto:x@y.z">m</a><a href="/data/f.csv?v=1">csv</a>` +
        `<form action="/a"></form><a href="/a/&#35;x">ent</a><script>const s = '<a href="/gone/">';</script>` +
        `<style>.x{background:url("/missing.png")}</style>` +
        `<code>&lt;iframe src=&quot;/quoted/&quot;&gt;</code><p>a src=/text/ b</p><a title="x > y" href="/gone2/">g</a>`,
    );
    write("pic.svg", "<svg/>");
    write("data/f.csv", "a;b");
    const { files, broken, duplicateIds } = checkLinks(tmp);
    expect(files).toBe(2);
    expect(duplicateIds).toEqual(["/ #twice (2 times)"]);
    expect(broken.map((b) => `${b.page} ${b.ref} ${b.reason}`).sort()).toEqual([
      '/ href="/a/#nope" no id "nope" on /a/',
      '/ href="/b/" no file b/index.html in dist',
      '/a/ href="/gone2/" no file gone2/index.html in dist',
      '/a/ srcset="/big.svg" no file big.svg in dist',
      "/a/ url(/missing.png) no file missing.png in dist",
    ]);
  });

  it("decodeEntities(s) decodes named and numeric references", () => {
    expect(decodeEntities("/x/?a=1&amp;b=2&#35;c&#x41;")).toBe("/x/?a=1&b=2#cA");
  });
});

describe("links in dist/", () => {
  it("every internal link, src and #fragment in every built HTML file resolves, and no page repeats an id (run npm run build first)", () => {
    assertBuilt();
    const t = performance.now();
    const { files, refs, broken, duplicateIds } = checkLinks(DIST);
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `links: ${files} HTML files, ${refs} internal references, ${broken.length} broken, ${seconds.toFixed(1)} s`,
    );
    expect(files).toBeGreaterThan(0);
    expect(duplicateIds.slice(0, 20), `${duplicateIds.length} duplicate id(s)`).toEqual([]);
    expect(
      formatBroken(broken),
      `${broken.length} broken internal reference(s) in ${new Set(broken.map((b) => b.page)).size} page(s)`,
    ).toEqual([]);
  }, 60_000);
});
