// fillRandom(buffer) on the lin simulator: the kernel's CSPRNG.
#include "xsmc.h"
#include <errno.h>
#include <sys/random.h>

void xs_hardware_random_fill(xsMachine *the)
{
	void *data;
	xsUnsignedValue size, done = 0;
	xsmcGetBufferWritable(xsArg(0), &data, &size);
	while (done < size) {
		ssize_t n = getrandom((char *)data + done, size - done, 0);
		if (n < 0) {
			if (EINTR == errno) continue;
			xsUnknownError("getrandom failed");
		}
		done += (xsUnsignedValue)n;
	}
}
