/** Live XS slots and chunk bytes after a full collection; slotSize is 16 on a 32-bit chip, 32 on 64-bit lin. */
export default function heapStats(): { slots: number; chunks: number; slotSize: number };
