/*
 * XS on bare-metal RV32 (picolibc, semihosting), as on an ESP32-C3 with no OS under it: one thread, no
 * files, no sockets. The engine's chunk and slot heaps are fixed arenas (xs_rv32.c allocates them once,
 * as Moddable's ESP32 targets do), so running out is XS's "memory full" abort, not a malloc that grows.
 * Included by every XS source through -DXSPLATFORM.
 */
#ifndef XS_RV32_PLATFORM_H
#define XS_RV32_PLATFORM_H

#include <ctype.h>
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/time.h>

/* No threads: Atomics.wait and shared memory have nothing to wait for. */
#define mxMachinePlatform \
	void* waiterCondition; \
	void* waiterData; \
	void* waiterLink;

/* The defaults xsPlatforms.c provides, except the heap (fixed arenas), the promise queue (drained by the
 * runner's loop) and fxAbort (which says why on the semihosting console before exiting). */
#define mxUseDefaultMachinePlatform 1
#define mxUseDefaultBuildKeys 1
#define mxUseDefaultFindModule 1
#define mxUseDefaultLoadModule 1
#define mxUseDefaultParseScript 1
#define mxUseDefaultSharedChunks 1
#define mxUseDefaultDebug 1

/* Time: the chip has no calendar; the runner derives it from the instruction counter, so every run is
 * the same. */
struct timeval;
extern int xs_rv32_gettimeofday(struct timeval* tv, void* tz);
typedef struct timeval c_timeval;
#define c_timezone timezone
#define c_gettimeofday xs_rv32_gettimeofday

#endif /* XS_RV32_PLATFORM_H */
