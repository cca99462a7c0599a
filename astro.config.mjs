// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import pagefind from "./src/integrations/pagefind.ts";
import downloads from "./src/integrations/downloads.ts";
import headers from "./src/integrations/headers.ts";

export default defineConfig({
  site: "https://po-vo-benchmark.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  integrations: [mdx(), downloads(), pagefind(), headers()],
  devToolbar: { enabled: false },
  // Astro inlines bundled <script>s below Vite's assetsInlineLimit (4 KB) into the HTML; the coming strict CSP
  // (script-src 'self', no 'unsafe-inline') needs every script as a file, so never inline.
  vite: { build: { assetsInlineLimit: 0 } },
});
