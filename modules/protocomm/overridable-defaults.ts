// The generated protobuf classes keep each field's default on their prototype (`Foo.prototype.msg = 0`)
// and their decoders assign over it (`message.msg = value`). Moddable's preload freezes the classes it
// puts in flash, and assigning over a property of a frozen prototype throws ("set msg: not writable").
// Made accessors, the defaults survive freezing: reading gives the default, assigning gives the message
// its own property, as assignment does on an ordinary prototype. So the classes can be preloaded and
// live in flash instead of the XS heap (2,183 slots on the lin build).

function overridable(key: string, value: unknown, enumerable: boolean | undefined): PropertyDescriptor {
  return {
    configurable: true,
    enumerable,
    get() { return value; },
    set(this: object, assigned: unknown) {
      Object.defineProperty(this, key, { value: assigned, writable: true, enumerable: true, configurable: true });
    },
  };
}

/**
 * For every class among `exported` (the generated module's exports), turns the plain values on its
 * prototype into such accessors. Returns how many it changed; a second call changes none.
 */
export function makeDefaultsOverridable(exported: Record<string, unknown>): number {
  let changed = 0;
  for (const name of Object.keys(exported)) {
    const type = exported[name];
    if (typeof type !== "function" || typeof type.prototype !== "object" || !type.prototype) continue;
    const prototype = type.prototype as object;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
      if (!descriptor || !("value" in descriptor) || key === "constructor" || typeof descriptor.value === "function") continue;
      Object.defineProperty(prototype, key, overridable(key, descriptor.value, descriptor.enumerable));
      changed++;
    }
  }
  return changed;
}
