// /vergelijk/ in Chromium: build a group, check count and figures, permalink, back/forward, print, axe.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, openPage, setupBrowser, teardownBrowser, type OpenedPage } from "./harness.ts";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
import type { PeerFile } from "../../src/lib/data/output.ts";
import { selectPeers, emptyCriteria, compareIndicator } from "../../src/lib/compare/peers.ts";

beforeAll(setupBrowser);
afterAll(teardownBrowser);

const peers = JSON.parse(readFileSync(join(ROOT, "data/derived/peers.json"), "utf8")) as PeerFile;
const BOARD = "41646";
const bi = peers.boards.findIndex((b) => b.id === BOARD);

async function ready(o: OpenedPage, renders = 1) {
  await o.page.waitForSelector("body[data-compare-ready]", { timeout: 20_000 });
  await o.page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) >= n, renders);
}
const results = (o: OpenedPage) =>
  o.page.evaluate(() => document.getElementById("compare-results")!.innerText);

describe("/vergelijk/", () => {
  it("without a board asks for one and has no axe violations (initial state)", async () => {
    const o = await openPage("/vergelijk/");
    await o.page.waitForSelector("body[data-compare-ready]");
    expect(await o.page.textContent("#compare-count")).toContain("Kies eerst een bestuur");
    const { violations } = await new AxeBuilder({ page: o.page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
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
    const { violations } = await new AxeBuilder({ page: o.page }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
      [],
    );
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

  it("links to the chosen board's own praatplaat, a page that exists", async () => {
    const o = await openPage(`/vergelijk/?bestuur=${BOARD}&sector=po&groep=vergelijkbaar&k=20`);
    await ready(o);
    const hrefs = await o.page.$$eval("a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => h.includes("/praatplaat/"));
    expect(href).toBe(`/besturen/${BOARD}/praatplaat/`);
    const res = await o.page.goto(new URL(href!, o.page.url()).href);
    expect(res?.status()).toBe(200);
    expect(await o.page.textContent("h1")).toMatch(/\S/);
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
});
