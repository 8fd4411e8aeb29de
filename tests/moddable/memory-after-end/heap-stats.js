// Live XS slots and chunk bytes after a full collection (heap-stats.c).
export default function heapStats() @ "xs_heap_stats";
