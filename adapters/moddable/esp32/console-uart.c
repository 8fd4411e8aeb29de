// quietUart(port) on ESP32: mask and clear every interrupt of the UART, so that nothing left enabled by the
// ROM fires before Moddable's serial ISR has its callbacks (console-uart.js says why).
#include "xsmc.h"
#include "soc/soc_caps.h"
// ESP-IDF's inline UART functions leave parameters unused: their warnings are not this file's
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-parameter"
#include "hal/uart_ll.h"
#pragma GCC diagnostic pop

void xs_console_uart_quiet(xsMachine *the)
{
	int port = xsmcToInteger(xsArg(0));
	if ((port < 0) || (port >= SOC_UART_HP_NUM))
		xsRangeError("invalid port");
	uart_dev_t *hw = UART_LL_GET_HW(port);
	uart_ll_disable_intr_mask(hw, UART_LL_INTR_MASK);
	uart_ll_clr_intsts_mask(hw, UART_LL_INTR_MASK);
}
