/*
 * The engine side of the RV32 runner (xs_rv32.c is the program): what XS asks of its platform (heaps,
 * promise queue, abort) and the machine internals the runner reads (the heap figures, script parsing).
 */
#include "xsAll.h"
#include "xs_rv32.h"

_Static_assert(sizeof(txSlot) == 16, "a slot is 16 bytes on a 32-bit core, as on an ESP32");

static int promiseJobsQueued = 0;

void fxQueuePromiseJobs(txMachine* the)
{
	promiseJobsQueued = 1;
}

void xs_rv32_runPromiseJobs(xsMachine* the)
{
	while (promiseJobsQueued) {
		promiseJobsQueued = 0;
		fxRunPromiseJobs(the);
	}
}

/* The heaps: XS asks once for each (chunks, JS stack, slots) and never again when the increments are 0. */
void* fxAllocateChunks(txMachine* the, txSize size) { return c_malloc(size); }
void fxFreeChunks(txMachine* the, void* chunks) { c_free(chunks); }
txSlot* fxAllocateSlots(txMachine* the, txSize count) { return (txSlot*)c_malloc(count * sizeof(txSlot)); }
void fxFreeSlots(txMachine* the, void* slots) { c_free(slots); }

void fxAbort(txMachine* the, int status)
{
	const char* why = "unknown";
	switch (status) {
	case XS_STACK_OVERFLOW_EXIT: why = "stack overflow"; break;
	case XS_NOT_ENOUGH_MEMORY_EXIT: why = "memory full"; break;
	case XS_NO_MORE_KEYS_EXIT: why = "not enough keys"; break;
	case XS_UNHANDLED_EXCEPTION_EXIT: why = "unhandled exception"; break;
	case XS_UNHANDLED_REJECTION_EXIT: why = "unhandled rejection"; break;
	}
	printf("XS abort: %s\n", why);
	fflush(stdout);
	c_exit(2);
}

/* XS checks the C stack against a limit that xsCommon.c's fxCStackLimit() knows only for the hosts it
 * names (NULL here: no check, and a deep recursion would run down into the heap below the stack). The
 * link wraps the calls from the other engine files: the limit is the stack's bottom (picolibc's linker
 * script puts the stack at the top of RAM, __stack, and build.mjs ends malloc's heap below it) plus a
 * margin for XS's own frames. */
extern char __stack[], __stack_size[];
char* __wrap_fxCStackLimit(void)
{
	return __stack - (uintptr_t)__stack_size + 64 * 1024;
}

uint64_t xs_rv32_instret(void)
{
	uint32_t high, low, again;
	do {
		__asm__ volatile ("rdinstreth %0" : "=r"(high));
		__asm__ volatile ("rdinstret %0" : "=r"(low));
		__asm__ volatile ("rdinstreth %0" : "=r"(again));
	} while (high != again);
	return ((uint64_t)high << 32) | low;
}

/* A fixed calendar start, then one microsecond per 160 instructions (a 160 MHz core at one instruction a
 * cycle): Date.now() moves, and every run sees the same dates. */
int xs_rv32_gettimeofday(struct timeval* tv, void* tz)
{
	uint64_t us = xs_rv32_instret() / 160;
	tv->tv_sec = 1767225600 + (time_t)(us / 1000000);
	tv->tv_usec = (suseconds_t)(us % 1000000);
	return 0;
}

void xs_rv32_heapFigures(xsMachine* the, int32_t figures[6])
{
	figures[0] = the->currentHeapCount;
	figures[1] = the->peakHeapCount;
	figures[2] = the->currentChunksSize;
	figures[3] = the->peakChunksSize;
	figures[4] = the->maximumHeapCount;
	figures[5] = the->maximumChunksSize;
}

void xs_rv32_resetHeapPeaks(xsMachine* the)
{
	the->peakHeapCount = the->currentHeapCount;
	the->peakChunksSize = the->currentChunksSize;
}

/* Parses the script from C memory (not an XS string: its text stays out of the chunk heap) and runs it
 * as a sloppy program in the global scope, as eval would. */
void xs_rv32_runScript(xsMachine* the, char* source, size_t size)
{
	txStringCStream stream = { source, 0, (txSize)size };
	txSlot* realm = mxProgram.value.reference->next->value.module.realm;
	fxRunScript(the, fxParseScript(the, &stream, fxStringCGetter, mxProgramFlag),
		mxRealmGlobal(realm), C_NULL, mxRealmClosures(realm)->value.reference, C_NULL, mxProgram.value.reference);
	mxPop();
}
