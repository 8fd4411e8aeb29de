// fillRandom(buffer) on ESP32: the hardware RNG.
#include "xsmc.h"
#include "esp_random.h"

void xs_hardware_random_fill(xsMachine *the)
{
	void *data;
	xsUnsignedValue size;
	xsmcGetBufferWritable(xsArg(0), &data, &size);
	esp_fill_random(data, size);
}
