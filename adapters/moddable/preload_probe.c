// probe(): true. Its only use is that Moddable's linker cannot call it (adapters/moddable/preload-probe.js).
#include "xsmc.h"

void xs_esp_console_prov_probe(xsMachine *the)
{
	xsmcSetTrue(xsResult);
}
