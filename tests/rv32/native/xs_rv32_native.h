/* The RV32 runner's nativeCrypto build: what xs_rv32.c calls of native_rv32.c. */
#ifndef XS_RV32_NATIVE_H
#define XS_RV32_NATIVE_H

#include "xs.h"

/* Initialises PSA and installs the globals __nativeCrypto and __rv32Crypt. */
void xs_rv32_native_install(xsMachine *the);

#endif
