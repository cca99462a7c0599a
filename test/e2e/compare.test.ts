// /vergelijk/ in Chromium: build a group, check count and figures, permalink, back/forward, print, axe.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, ROOT, openPage, setupBrowser, teardownBrowser, type OpenedPage } from "./harness.ts";
import type { PeerFile } from "../../src/lib/data/output.ts";
import { selectPeers, emptyCriteria, compareIndicator } from "../../src/lib/compare/peers.ts";
import { DEFAULT_INDICATORS } from "../../src/lib/compare/state.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

const peers = JSON.parse(readFileSync(join(ROOT, "data/derived/peers.json"), "utf8")) as PeerFile;
const BOARD = "41646";
const DEFAULT = encodeURIComponent(DEFAULT_INDICATORS.po.join(","));
const bi = peers.boards.findIndex((b) => b.id === BOARD);

async function ready(o: OpenedPage, renders = 1) {
  await o.page.waitForSelector("body[data-compare-ready]", { timeout: 20_000 });
  await o.page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) >= n, renders);
}
/** Presses Tab (at most `max` times) until the focused element matches `selector`; fails if it never does. */
async function tabTo(o: OpenedPage, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    await o.page.keyboard.press("Tab");
    if (await o.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
const results = (o: OpenedPage) =>
  o.page.evaluate(() => document.getElementById("compare-results")!.innerText);

describe("/vergelijk/", () => {
  it("without a board asks for one and has no axe violations (initial state)", async () => {
    const o = await openPage("/vergelijk/");
    await o.page.waitForSelector("body[data-compare-ready]");
    expect(await o.page.textContent("#compare-count")).toContain("Kies eerst een bestuur");
    expect(await axeViolations(o.page)).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });

  it("a board page's 'Vergelijk met…' link opens the comparison for that board", async () => {
    const o = await openPage(`/besturen/${BOARD}/`);
    await o.page.getByRole("link", { name: "Vergelijk met…" }).click();
    await ready(o);
    expect(o.page.url()).toContain(`bestuur=${BOARD}`);
    expect(await o.page.textContent("#compare-count")).toMatch(/besturen in de groep/);
    await o.close();
  });

  it("a province criterion gives the count the pure selection gives, and the page shows the board's figure", async () => {
    const o = await openPage(
      `/vergelijk/?bestuur=${BOARD}&sector=po&groep=eigen&provincie=Zuid-Holland&ind=leerlingen`,
    );
    await ready(o);
    const expected = selectPeers(peers, bi, { ...emptyCriteria("po"), provinces: ["Zuid-Holland"] }).length;
    expect(await o.page.textContent("#compare-count")).toContain(
      `${expected.toLocaleString("nl-NL")} besturen in de groep`,
    );
    const mine = compareIndicator(peers, "leerlingen|po", bi, []);
    expect(await results(o)).toContain(mine.value!.toLocaleString("nl-NL"));
    expect(await axeViolations(o.page)).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });

  it("changing the group by keyboard updates the URL; reload of the permalink gives identical results", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po`);
    await ready(o);
    await o.page.focus("input[name=groep][value=vergelijkbaar]");
    await o.page.keyboard.press("Space");
    await ready(o, 2);
    expect(o.page.url()).toContain("groep=vergelijkbaar");
    expect(await o.page.textContent("#compare-count")).toContain("20 besturen in de groep");
    const before = await results(o);
    const link = await o.page.inputValue("#compare-link");
    await o.page.goto(link);
    await ready(o);
    expect(await results(o)).toBe(before);
    await o.close();
  });

  it("back and forward restore the earlier and later group", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po`);
    await ready(o);
    const first = await o.page.textContent("#compare-count");
    await o.page.check("input[name=groep][value=vergelijkbaar]");
    await ready(o, 2);
    const second = await o.page.textContent("#compare-count");
    expect(second).not.toBe(first);
    await o.page.goBack();
    await o.page.waitForFunction((t) => document.getElementById("compare-count")!.textContent === t, first);
    await o.page.goForward();
    await o.page.waitForFunction((t) => document.getElementById("compare-count")!.textContent === t, second);
    await o.close();
  });

  it("links to the comparison's praatplaat and to the board's own praatplaat, both pages that exist", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po&groep=vergelijkbaar&k=20`);
    await ready(o);
    const hrefs = await o.page.$$eval("a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toContain(`/besturen/${BOARD}/praatplaat/`);
    const own = hrefs.find((h) => h.startsWith("/vergelijk/praatplaat/?"));
    expect(own).toBe(
      `/vergelijk/praatplaat/?bestuur=${BOARD}&sector=po&groep=vergelijkbaar&k=20&ind=${DEFAULT}`,
    );
    for (const href of [`/besturen/${BOARD}/praatplaat/`, own!]) {
      const res = await o.page.goto(new URL(href, o.page.url()).href);
      expect(res?.status()).toBe(200);
      expect(await o.page.textContent("h1")).toMatch(/\S/);
    }
    await o.close();
  });

  it("the comparison prints to one A4 page", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po&groep=vergelijkbaar&k=20`);
    await ready(o);
    await o.page.emulateMedia({ media: "print" });
    const pdf = await o.page.pdf({ format: "A4" });
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await o.close();
  });

  it("hostile or malformed parameters never crash the page: a notice, the default indicators, axe clean", async () => {
    for (const q of [
      "ind=__proto__",
      "ind=hasOwnProperty,toString,constructor",
      `ind=${"x,".repeat(5000)}`,
      "leerlingen=1e400-Infinity&groep=eigen&provincie=__proto__&k=NaN",
      "bestuur=%E0%A4%A&sector=__proto__",
    ]) {
      const o = await openPage(`/vergelijk/?bestuur=${BOARD}&${q}`);
      await o.page.waitForSelector("body[data-compare-ready]", { timeout: 20_000 });
      expect(o.consoleErrors, q).toEqual([]);
      expect(await o.page.isVisible("#compare-notices"), q).toBe(true);
      expect((await o.page.textContent("#compare-notices"))!.length, q).toBeGreaterThan(20);
      // An overlong link is not read at all (no board either); the others keep the board.
      if (q.startsWith("ind=") && q.length < 1000) {
        expect(await o.page.$$eval(".compare-overview-table tbody tr", (rs) => rs.length)).toBe(
          DEFAULT_INDICATORS.po.length,
        );
        // axe once: the second ind= query gives the same page with another notice text.
        if (q === "ind=__proto__") expect(await axeViolations(o.page)).toEqual([]);
      }
      await o.close();
    }
  }, 90_000);

  it("shows an overview table first: one row per indicator with value, year, bar, median and n", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po`);
    await ready(o);
    const rows = await o.page.$$eval(".compare-overview-table tbody tr", (rs) =>
      rs.map((r) => ({ text: (r as HTMLElement).innerText, bar: !!r.querySelector("svg.posbar") })),
    );
    expect(rows).toHaveLength(DEFAULT_INDICATORS.po.length);
    expect(rows.filter((r) => r.bar).length).toBeGreaterThan(0);
    expect(rows[0]!.text).toMatch(/van \d/);
    // The overview comes before the detailed sections.
    const order = await o.page.evaluate(() =>
      document
        .getElementById("compare-overview")!
        .compareDocumentPosition(document.getElementById("compare-results")!),
    );
    expect(order & 4).toBe(4);
    await o.close();
  });

  it("touching a criterion switches to own criteria, shows a live count, and Vergelijk moves focus to the result", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po`);
    await ready(o);
    await o.page.click("#c-criteria summary");
    await o.page.check("input[name=provincie][value=Utrecht]");
    expect(await o.page.isChecked("input[name=groep][value=eigen]")).toBe(true);
    const expected = selectPeers(peers, bi, { ...emptyCriteria("po"), provinces: ["Utrecht"] }).length;
    await o.page.waitForFunction(
      (t) => document.getElementById("compare-live")!.textContent!.includes(t),
      `${expected.toLocaleString("nl-NL")} besturen voldoen`,
    );
    await o.page.fill("#c-lmin", "1000");
    expect(await o.page.textContent("#compare-live")).toMatch(/besturen? voldo/);
    await o.page.click("#compare-form button[type=submit]");
    await o.page.waitForFunction(() => document.activeElement?.id === "uitkomst");
    expect(o.page.url()).toContain("provincie=Utrecht");
    expect(o.page.url()).toContain("leerlingen=1000-");
    await o.close();
  });

  it("with the criteria panel open, a result and its details shown, axe finds nothing (WCAG 2.2 AA)", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po&groep=eigen&provincie=Utrecht`);
    await ready(o);
    // Own criteria open the panel already; open every other disclosure too.
    for (const d of await o.page.$$("#compare-form details"))
      await d.evaluate((el) => el.setAttribute("open", ""));
    expect(await o.page.getAttribute("#c-criteria", "open")).not.toBeNull();
    for (const d of await o.page.$$("#compare-results details"))
      await d.evaluate((el) => el.setAttribute("open", ""));
    expect(await axeViolations(o.page)).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }, 60_000);

  it("the comparison's praatplaat prints to one A4 page with the board's name, the group size and the link; links answer 200", async () => {
    const q = `?bestuur=${BOARD}&sector=po&groep=eigen&provincie=Zuid-Holland&ind=leerlingen,solvabiliteit-2`;
    const o = await openPage(`/vergelijk/praatplaat/${q}`);
    await o.page.waitForSelector("body[data-compare-ready]", { timeout: 20_000 });
    expect(o.consoleErrors).toEqual([]);
    const name = peers.boards[bi]!.n;
    const size = selectPeers(peers, bi, { ...emptyCriteria("po"), provinces: ["Zuid-Holland"] }).length + 1;
    const text = await o.page.evaluate(() => document.body.innerText);
    expect(text).toContain(name);
    expect(text).toContain(`${size.toLocaleString("nl-NL")} besturen`);
    expect(text).toContain("Zuid-Holland");
    expect(text).toContain(`/vergelijk/?bestuur=${BOARD}&sector=po&groep=eigen&provincie=Zuid-Holland`);
    expect(await o.page.$$eval(".compare-overview-table tbody tr", (rs) => rs.length)).toBe(2);
    expect(await o.page.$$eval(".pp-foot ol li", (ls) => ls.length)).toBe(5);
    const hrefs = await o.page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of new Set(hrefs.filter((h) => h.startsWith(new URL(o.page.url()).origin)))) {
      const res = await o.page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    await o.page.emulateMedia({ media: "print" });
    const pdf = await o.page.pdf({ format: "A4" });
    expect((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    // Last: axe trims repeated markup from the page.
    await o.page.emulateMedia({ media: "screen" });
    expect(await axeViolations(o.page)).toEqual([]);
    await o.close();
  });

  it("keyboard only: from the board page, own criteria by province and size, Vergelijk, the overview; axe clean", async () => {
    const o = await openPage(`/besturen/${BOARD}/`);
    await tabTo(o, 'a[href^="/vergelijk/?"]');
    await o.page.keyboard.press("Enter");
    await ready(o);
    await tabTo(o, "#c-criteria > summary");
    await o.page.keyboard.press("Enter");
    const b = peers.boards[bi]!;
    const size = b.c.po!;
    await tabTo(o, `input[name=grootte][value="${size}"]`);
    await o.page.keyboard.press("Space");
    await tabTo(o, `input[name=provincie][value="${b.p}"]`);
    await o.page.keyboard.press("Space");
    const expected = selectPeers(peers, bi, {
      ...emptyCriteria("po"),
      sizeClasses: [size],
      provinces: [b.p!],
    }).length;
    // The live count follows the form; the radio switched to own criteria by itself.
    await o.page.waitForFunction(
      (n) => document.getElementById("compare-live")!.textContent!.startsWith(n),
      expected.toLocaleString("nl-NL"),
    );
    expect(await o.page.isChecked("input[name=groep][value=eigen]")).toBe(true);
    await tabTo(o, "#compare-form button[type=submit]");
    await o.page.keyboard.press("Enter");
    await o.page.waitForFunction(() => document.activeElement?.id === "uitkomst");
    expect(await o.page.textContent("#compare-count")).toContain(
      `${expected.toLocaleString("nl-NL")} besturen in de groep`,
    );
    expect(o.page.url()).toContain(`provincie=${encodeURIComponent(b.p!).replace(/%20/g, "+")}`);
    const rows = await o.page.$$eval(".compare-overview-table tbody tr", (rs) => rs.length);
    expect(rows).toBeGreaterThan(0);
    expect(await axeViolations(o.page)).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }, 60_000);

  it("keyboard only: the board picker is a combobox that matches loosely; arrow down and Enter choose a board", async () => {
    const o = await openPage("/vergelijk/");
    await o.page.waitForSelector("body[data-compare-ready]");
    await tabTo(o, "#c-board");
    expect(await o.page.getAttribute("#c-board", "role")).toBe("combobox");
    const b = peers.boards[bi]!;
    // A loose query: the last word of the name plus the place, in lower case.
    const query = `${b.n.split(" ").at(-1)!.toLowerCase()} ${b.m!.toLowerCase()}`;
    await o.page.keyboard.type(query);
    await o.page.waitForSelector("#c-board-suggesties li[role=option]");
    expect(await o.page.getAttribute("#c-board", "aria-expanded")).toBe("true");
    const options = await o.page.$$eval("#c-board-suggesties li", (ls) => ls.map((l) => l.textContent ?? ""));
    const at = options.findIndex((t) => t.includes(`bestuur ${BOARD}`));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= at; i++) await o.page.keyboard.press("ArrowDown");
    expect(await o.page.getAttribute("#c-board", "aria-activedescendant")).toMatch(/-\d+$/);
    await o.page.keyboard.press("Enter");
    await ready(o);
    expect(await o.page.inputValue("#c-board")).toBe(`${b.n} (${BOARD})`);
    await o.page.waitForFunction(() =>
      /besturen in de groep/.test(document.getElementById("compare-count")!.textContent!),
    );
    expect(o.page.url()).toContain(`bestuur=${BOARD}`);
    // Inactive boards are suggested only on request.
    const inactive = peers.boards.find((x) => !x.a && x.s.includes("po") && x.n.length > 6)!;
    await o.page.fill("#c-board", "");
    await o.page.keyboard.type(inactive.id);
    await o.page.waitForTimeout(400);
    expect(await o.page.$$eval("#c-board-suggesties li", (ls) => ls.length)).toBe(0);
    await o.page.check("#c-inactive");
    await o.page.focus("#c-board");
    await o.page.keyboard.press("End");
    await o.page.keyboard.type(" ");
    await o.page.waitForSelector("#c-board-suggesties li[role=option]");
    expect(await o.page.textContent("#c-board-suggesties")).toContain("opgeheven");
    expect(await axeViolations(o.page)).toEqual([]);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  }, 60_000);

  it("shows the board page's Leer van list in the details, marks boards in the chosen group; the links answer", async () => {
    const learn = JSON.parse(readFileSync(join(ROOT, "data/derived/leer-van.json"), "utf8")) as {
      boards: Record<string, Record<string, { kind: string; items?: { id: string }[] }>>;
    };
    // Only current figures point elsewhere; find a board with a list among its sector's default indicators.
    const wanted = (["po", "vo"] as const).flatMap((s) => DEFAULT_INDICATORS[s].map((id) => `${id}|${s}`));
    const [id, key] = Object.entries(learn.boards)
      .flatMap(([b, es]) => wanted.filter((k) => es[k]?.kind === "better").map((k) => [b, k] as const))
      .sort(([a], [b]) => a.localeCompare(b))[0]!;
    const sector = key.split("|")[1];
    const o = await openPage(`/vergelijk/?bestuur=${id}&sector=${sector}&groep=grootte`);
    await ready(o);
    const first = learn.boards[id]![key]!.items![0]!.id;
    const link = o.page.locator(`#compare-results details.leer-van a[href="/besturen/${first}/"]`).first();
    expect(await link.count()).toBe(1);
    expect(await o.page.textContent("#compare-results details.leer-van summary")).toMatch(/^Leer van: /);
    const res = await o.page.request.get(new URL(`/besturen/${first}/`, o.page.url()).href);
    expect(res.status()).toBe(200);
    expect(o.consoleErrors).toEqual([]);
    await o.close();
  });
});
