import { describe, expect, it } from "vitest";
import { cleanName, municipalityName } from "./names.ts";

describe("municipalityName", () => {
  it.each([
    ["ALPHEN AAN DEN RIJN", "Alphen aan den Rijn"],
    ["'S-HERTOGENBOSCH", "'s-Hertogenbosch"],
    ["'S-GRAVENHAGE", "'s-Gravenhage"],
    ["CAPELLE AAN DEN IJSSEL", "Capelle aan den IJssel"],
    ["IJSSELSTEIN", "IJsselstein"],
    ["OUDE IJSSELSTREEK", "Oude IJsselstreek"],
    ["BERGEN (NH)", "Bergen (NH)"],
    ["BERGEN (L)", "Bergen (L)"],
    ["BERGEN OP ZOOM", "Bergen op Zoom"],
    ["DEN HAAG", "Den Haag"],
    ["HET HOGELAND", "Het Hogeland"],
    ["VALKENBURG AAN DE GEUL", "Valkenburg aan de Geul"],
    ["NUENEN, GERWEN EN NEDERWETTEN", "Nuenen, Gerwen en Nederwetten"],
    ["SINT-MICHIELSGESTEL", "Sint-Michielsgestel"],
    ["SÚDWEST-FRYSLÂN", "Súdwest-Fryslân"],
    ["EIJSDEN-MARGRATEN", "Eijsden-Margraten"],
    ["VOORNE AAN ZEE", "Voorne aan Zee"],
    // Files that drop the apostrophe or the hyphen of 's- (seen in the DUO SWV and address lists).
    ["S GRAVENHAGE", "'s-Gravenhage"],
    ["'S GRAVENHAGE", "'s-Gravenhage"],
    ["S HERTOGENBOSCH", "'s-Hertogenbosch"],
    ["'s Gravenhage", "'s-Gravenhage"],
    ["S Gravenhage", "'s-Gravenhage"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ["SCHIEDAM", "Schiedam"],
    ["SLIEDRECHT", "Sliedrecht"],
  ])("municipalityName(%j) is %j", (raw, expected) => {
    expect(municipalityName(raw)).toBe(expected);
  });

  it("municipalityName(s) collapses and trims spaces", () => {
    expect(municipalityName("  DE   BILT ")).toBe("De Bilt");
  });

  it("municipalityName(s) returns mixed-case input as it is (trimmed)", () => {
    expect(municipalityName("Zoetermeer ")).toBe("Zoetermeer");
    expect(municipalityName("Súdwest-Fryslân")).toBe("Súdwest-Fryslân");
  });
});

describe("cleanName", () => {
  it("cleanName(s) collapses DUO's double spaces", () => {
    expect(cleanName(" Mytylschool  Kiem ")).toBe("Mytylschool Kiem");
  });
});
