// What the measure app reads on the emulated ESP32-C3: XS's own heap counts (xsMemory.c keeps them), and
// the chip's clock in microseconds, which under QEMU's -icount is the count of instructions executed.
#include "xsAll.h"
#include "xs.h"
#include "esp_timer.h"

// Live slots and chunk bytes after a full collection, and the highest either reached since the last call
// (which restarts the peaks from the live counts).
void xs_measure_heap(xsMachine *the)
{
	txInteger peakSlots = (txInteger)the->peakHeapCount;
	txInteger peakChunks = (txInteger)the->peakChunksSize;
	fxCollectGarbage(the);
	xsResult = xsNewObject();
	xsSet(xsResult, xsID("slots"), xsInteger((txInteger)the->currentHeapCount));
	xsSet(xsResult, xsID("chunks"), xsInteger((txInteger)the->currentChunksSize));
	xsSet(xsResult, xsID("peakSlots"), xsInteger(peakSlots));
	xsSet(xsResult, xsID("peakChunks"), xsInteger(peakChunks));
	xsSet(xsResult, xsID("slotSize"), xsInteger((txInteger)sizeof(txSlot)));
	the->peakHeapCount = the->currentHeapCount;
	the->peakChunksSize = the->currentChunksSize;
}

// esp_timer's microseconds since boot (a double: exact up to 2^53)
void xs_measure_microseconds(xsMachine *the)
{
	xsResult = xsNumber((double)esp_timer_get_time());
}
