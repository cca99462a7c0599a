// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import pagefind from "./src/integrations/pagefind.ts";
import downloads from "./src/integrations/downloads.ts";

export default defineConfig({
  site: "https://po-vo-benchmark.example",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  integrations: [mdx(), downloads(), pagefind()],
  devToolbar: { enabled: false },
});
