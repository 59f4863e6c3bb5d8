/** CRC-32 (the zip checksum), table driven; node's zlib.crc32 is used instead where the CLI runs. */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

type Crc32 = (data: Uint8Array, previous?: number) => number;
let native: Crc32 | null = null;

/** Hands checksumming to a native implementation (node's zlib.crc32, where the CLI runs). */
export function useNativeCrc32(fn: Crc32): void {
  native = fn;
}

/** `previous`: the CRC of the bytes before these, to checksum a part written in pieces. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (native) return native(data, previous);
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
