/* What the RV32 runner's program (xs_rv32.c) needs from its engine side (xs_rv32_platform.c). */
#ifndef XS_RV32_H
#define XS_RV32_H

#include <stdint.h>
#include "xs.h"

uint64_t xs_rv32_instret(void);
void xs_rv32_runScript(xsMachine* the, char* source, size_t size);
void xs_rv32_runPromiseJobs(xsMachine* the);
/* slots in use, peak slots, chunk bytes in use, peak chunk bytes, slots available, chunk bytes available */
void xs_rv32_heapFigures(xsMachine* the, int32_t figures[6]);
void xs_rv32_resetHeapPeaks(xsMachine* the);
/* Uint8Array.fromHex and Uint8Array.prototype.toHex, as the firmware's XS has them (xs_rv32_hex.c). */
void xs_rv32_installHex(xsMachine* the);

#endif
