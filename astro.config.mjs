// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import pagefind from "./src/integrations/pagefind.ts";
import downloads from "./src/integrations/downloads.ts";
import headers from "./src/integrations/headers.ts";
import dataStage from "./src/integrations/dataStage.ts";

export default defineConfig({
  site: "https://po-vo-benchmark.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  integrations: [dataStage(), mdx(), downloads(), pagefind(), headers()],
  devToolbar: { enabled: false },
  // Render the static pages on both cores (Astro 7.4): the default leaves one core free, which on 2 cores is
  // one worker. Module-level caches (src/lib/site/data.ts) are per worker; every page reads what it needs.
  experimental: { parallelPrerender: { workers: 2 } },
  // Astro inlines bundled <script>s below Vite's assetsInlineLimit (4 KB) into the HTML; the coming strict CSP
  // (script-src 'self', no 'unsafe-inline') needs every script as a file, so never inline.
  vite: { build: { assetsInlineLimit: 0 } },
});
