/** Masks and clears the interrupts of UART `port` before the console opens it (see console-uart.js). */
export default function quietUart(port: number): void;
