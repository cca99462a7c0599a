/** The one controlled list of themes for cases and tips: slug → Dutch label. */
export const THEMES = {
  "rollen-en-verantwoordelijkheden": "Rollen en verantwoordelijkheden",
  "plan-do-check-act": "Plan-do-check-act",
  verantwoorden: "Verantwoorden",
  "verdelen-van-middelen": "Verdelen van middelen",
  "data-en-kpis": "Data en kpi's",
  "governance-en-toezicht": "Governance en toezicht",
  "samenwerking-gemeente-jeugdhulp": "Samenwerking met gemeente en jeugdhulp",
  "dekkend-netwerk": "Dekkend netwerk",
  "schoolaanwezigheid-thuiszitters": "Schoolaanwezigheid en thuiszitters",
  "vso-verwijzing-tlv": "Vso-verwijzing en tlv's",
  "nieuwe-professionals": "Nieuwe professionals",
} as const;
export type Theme = keyof typeof THEMES;
export const THEME_SLUGS = Object.keys(THEMES) as Theme[];
