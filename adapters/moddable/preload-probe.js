// A native function that does nothing but answer. Moddable's linker runs a preloaded module's top level at
// build time and replaces every native function with one that throws "link: unavailable function" (XS:
// fxLinkerScriptCallback gives each a fake callback, and the call checks for it), so whether this one
// answers tells the device from the build (adapters/moddable/preload.ts).
export default function probe() @ "xs_esp_console_prov_probe";
