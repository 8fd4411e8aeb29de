/** true on the device; throws TypeError("link: unavailable function") in Moddable's linker (preload). */
export default function probe(): boolean;
