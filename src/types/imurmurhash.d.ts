/** imurmurhash 0.1.4 ships no types: the part the shell uses (MurmurHash3 x86 32-bit over a string's UTF-16 code units). */
declare module 'imurmurhash' {
  interface Hash {
    hash(key: string): Hash
    /** The hash as an unsigned 32-bit integer. */
    result(): number
  }
  interface MurmurHash3 {
    /** A fresh hash state (called without `new`, the library reuses one shared state). */
    new (key?: string, seed?: number): Hash
  }
  const MurmurHash3: MurmurHash3
  export = MurmurHash3
}
