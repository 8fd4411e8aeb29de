/** XS's counts after a full collection, with the peaks since the previous call (which restarts them). */
export function heap(): { slots: number; chunks: number; peakSlots: number; peakChunks: number; slotSize: number };
/** The chip's esp_timer clock, microseconds since boot. */
export function microseconds(): number;
