// Masks and clears a UART's interrupts before the console opens it: the ESP32-C3's ROM leaves UART0's
// RXFIFO_FULL interrupt enabled, and Moddable's serial constructor installs its ISR before it sets the
// callbacks that ISR reads, so a byte received during boot made that ISR return without reading or
// masking it, and re-enter for ever (README, "The firmware on an emulated ESP32-C3"). No-op on lin.
export default function quietUart(port) @ "xs_console_uart_quiet";
