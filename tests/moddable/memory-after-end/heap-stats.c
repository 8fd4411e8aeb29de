// What the XS heap holds right now, after a full collection: live slots and live chunk bytes. For the
// memory-after-end app only (README, Memory): XS keeps both counts itself (xsMemory.c), exact to the byte.
#include "xsAll.h"
#include "xs.h"

void xs_heap_stats(xsMachine *the)
{
	fxCollectGarbage(the);
	txInteger slots = (txInteger)the->currentHeapCount;
	txInteger chunks = (txInteger)the->currentChunksSize;
	txInteger slotSize = (txInteger)sizeof(txSlot);
	xsResult = xsNewObject();
	xsSet(xsResult, xsID("slots"), xsInteger(slots));
	xsSet(xsResult, xsID("chunks"), xsInteger(chunks));
	xsSet(xsResult, xsID("slotSize"), xsInteger(slotSize));
}
