/** imurmurhash 0.1.4 ships no types: the part the shell uses (MurmurHash3 x86 32-bit over a string's UTF-16 code units). */
declare module 'imurmurhash' {
  interface MurmurHash3 {
    hash(key: string): MurmurHash3
    result(): number
  }
  function MurmurHash3(key?: string, seed?: number): MurmurHash3
  export = MurmurHash3
}
