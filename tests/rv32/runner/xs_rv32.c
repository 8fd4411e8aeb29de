/*
 * An XS machine on bare-metal RV32 under QEMU (picolibc, semihosting): evaluates the scripts named on its
 * command line, in order, draining promise jobs after each, then exits 0. An uncaught exception prints
 * "uncaught: <error>" and exits 1; XS's own abort (memory full, stack overflow) prints "XS abort: <why>"
 * and exits 2. The scripts are the esbuild bundles the XS test runner makes, read from the host through
 * semihosting; nothing else of the host is reachable.
 *
 *   xs-rv32.elf [--slots N] [--chunks BYTES] [--stack N] script.js|@list...
 *
 * @list names a file listing scripts, one path a line.
 *
 * --slots and --chunks size XS's two heaps once, with no growth, as Moddable's ESP32 targets configure
 * them (esp32_thing: 4,928 slots and 78,848 bytes), so outgrowing them is an abort as on a board.
 *
 * The engine's built-ins are xsnap's XS, plus Uint8Array.fromHex and Uint8Array.prototype.toHex in C, which the
 * firmware's XS (the Moddable SDK's) has and xsnap's lacks (xs_rv32_hex.c).
 *
 * Globals for the scripts: print(...), gc(), instret() (the core's retired-instruction counter: exact
 * under QEMU's -icount), heapStats() ([slots in use, peak slots, chunk bytes in use, peak chunk bytes,
 * slots available, chunk bytes available]) and resetHeapPeaks(). Built with XS_RV32_NATIVE (build.mjs's
 * native runner), also the native crypto's globals (tests/rv32/native/native_rv32.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xs_rv32.h"
#ifdef XS_RV32_NATIVE
#include "xs_rv32_native.h"
#endif

extern void modInstallTextDecoder(xsMachine* the);
extern void modInstallTextEncoder(xsMachine* the);

static void xs_print(xsMachine* the)
{
	xsIntegerValue i, c = xsToInteger(xsArgc);
	for (i = 0; i < c; i++) {
		if (i) fputc(' ', stdout);
		fputs(xsToString(xsArg(i)), stdout);
	}
	fputc('\n', stdout);
}

static void xs_gc(xsMachine* the)
{
	xsCollectGarbage();
}

static void xs_instret(xsMachine* the)
{
	xsResult = xsNumber((xsNumberValue)xs_rv32_instret());
}

static void xs_heapStats(xsMachine* the)
{
	int32_t figures[6];
	int i;
	xs_rv32_heapFigures(the, figures);
	xsResult = xsNewArray(6);
	for (i = 0; i < 6; i++)
		xsSetIndex(xsResult, i, xsInteger(figures[i]));
}

static void xs_resetHeapPeaks(xsMachine* the)
{
	xs_rv32_resetHeapPeaks(the);
}

static char* readScript(const char* path, size_t* size)
{
	FILE* file = fopen(path, "r");
	size_t capacity = 1 << 16, length = 0;
	char* buffer = malloc(capacity);
	if (!file || !buffer) {
		printf("cannot read %s\n", path);
		exit(3);
	}
	for (;;) {
		size_t n = fread(buffer + length, 1, capacity - length - 1, file);
		length += n;
		if (n == 0) break;
		if (capacity - length < 1024) {
			capacity *= 2;
			buffer = realloc(buffer, capacity);
			if (!buffer) { printf("%s too large\n", path); exit(3); }
		}
	}
	fclose(file);
	buffer[length] = 0;
	*size = length;
	return buffer;
}

/* Evaluates one script file, then its promise jobs; returns 1 after an uncaught exception. */
static int evaluate(xsMachine* the, const char* path)
{
	int status = 0;
	size_t size;
	char* source = readScript(path, &size);
	xsBeginHost(the);
	{
		xsVars(1);
		xsTry {
			xs_rv32_runScript(the, source, size);
			xs_rv32_runPromiseJobs(the);
		}
		xsCatch {
			xsVar(0) = xsException;
			printf("uncaught: %s\n", xsToString(xsVar(0)));
			status = 1;
		}
	}
	xsEndHost(the);
	free(source);
	return status;
}

static long option(int* i, int argc, char** argv)
{
	if (*i + 1 >= argc) { printf("%s needs a value\n", argv[*i]); exit(3); }
	return strtol(argv[++*i], NULL, 10);
}

int main(int argc, char** argv)
{
	xsCreation creation = {
		32768,  /* initialChunkSize: --chunks */
		0,      /* incrementalChunkSize: fixed */
		2048,   /* initialHeapCount: --slots */
		0,      /* incrementalHeapCount: fixed */
		4096,   /* stackCount: xsnap's; the bundles nest deeper than the firmware, whose manifest gives 768 */
		32000,  /* initialKeyCount: the code is parsed here, not preloaded, so its names are all runtime keys */
		0,      /* incrementalKeyCount */
		1993,   /* nameModulo */
		127,    /* symbolModulo */
		32768,  /* parserBufferSize */
		1993,   /* parserTableModulo */
	};
	int i, first = argc;
	/* picolibc's semihosting start names the program "program-name" and passes QEMU's args after it. */
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--slots")) creation.initialHeapCount = option(&i, argc, argv);
		else if (!strcmp(argv[i], "--chunks")) creation.initialChunkSize = option(&i, argc, argv);
		else if (!strcmp(argv[i], "--stack")) creation.stackCount = option(&i, argc, argv);
		else if (argv[i][0] == '-') { printf("unknown option %s\n", argv[i]); exit(3); }
		else { first = i; break; }
	}
	xsMachine* the = xsCreateMachine(&creation, "rv32", NULL);
	int status = 0;
	modInstallTextDecoder(the);
	modInstallTextEncoder(the);
	xs_rv32_installHex(the);
#ifdef XS_RV32_NATIVE
	xs_rv32_native_install(the);
#endif
	xsBeginHost(the);
	{
		xsVars(1);
		xsResult = xsNewHostFunction(xs_print, 0); xsSet(xsGlobal, xsID("print"), xsResult);
		xsResult = xsNewHostFunction(xs_gc, 0); xsSet(xsGlobal, xsID("gc"), xsResult);
		xsResult = xsNewHostFunction(xs_instret, 0); xsSet(xsGlobal, xsID("instret"), xsResult);
		xsResult = xsNewHostFunction(xs_heapStats, 0); xsSet(xsGlobal, xsID("heapStats"), xsResult);
		xsResult = xsNewHostFunction(xs_resetHeapPeaks, 0); xsSet(xsGlobal, xsID("resetHeapPeaks"), xsResult);
	}
	xsEndHost(the);
	for (i = first; (i < argc) && !status; i++) {
		if (argv[i][0] == '@') {
			/* A list of scripts, one path a line: QEMU's semihosting command line is short. */
			size_t size;
			char* list = readScript(argv[i] + 1, &size);
			char* path = strtok(list, "\n");
			while (path && !status) {
				status = evaluate(the, path);
				path = strtok(NULL, "\n");
			}
			free(list);
		}
		else
			status = evaluate(the, argv[i]);
	}
	fflush(stdout);
	return status;
}
