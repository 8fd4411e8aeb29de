// quietUart(port) on the lin simulator: its serial port is a pseudo terminal, no interrupts to quiet.
#include "xsmc.h"

void xs_console_uart_quiet(xsMachine *the)
{
	(void)the;
}
