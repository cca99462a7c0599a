/** Colours and sizes shared by all charts (contrast ≥ 3:1 against white for every mark). */
export const theme = {
  board: "#1d5b94",
  reference: "#505a5f",
  band: "#dfe3e6",
  signal: "#d4351c",
  peer: "#6f777b",
  fontSize: 13,
  width: 640,
};
