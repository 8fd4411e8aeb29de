// Whether this code runs at build time: Moddable preloads modules by running their top level in its linker
// (xsl), where native functions cannot be called. A construction there would fail on the first native call
// (the serial port) with a message that blames the port; the component asks first and says what to do.
import probe from "./preload-probe.js";

export function preloading(): boolean {
  try {
    return probe() !== true;
  } catch {
    return true;
  }
}
