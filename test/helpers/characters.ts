import fc from "fast-check";

/** Every UTF-16 code unit /\s/ matches: the white space a cell may hold, for texts the fast-check tests draw. */
export const WHITE_SPACE_CODES: readonly number[] = [...Array(0x10000).keys()].filter((c) => /\s/.test(String.fromCharCode(c)));

/** Texts of up to `maxLength` UTF-16 code units drawn from `codes` (lone surrogates included, as a cell may hold them). */
export function codeUnitText(codes: fc.Arbitrary<number>, maxLength: number): fc.Arbitrary<string> {
  return fc.array(codes, { maxLength }).map((cs) => String.fromCharCode(...cs));
}
