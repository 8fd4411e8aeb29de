// The preferences port on lin: JsonFilePreferences over Moddable's `file` module, in place of the SDK's lin
// `preference`, which a preloaded app cannot save through (see json-file-preferences.ts). The file sits in
// the file module's root (config.file.root, /tmp/ on lin) beside the SDK's modpreferences.json.
import { File } from "file";
import config from "mc/config";
// By manifest key (this module's key is the platform-neutral esp-console-prov/adapters/moddable/preferences,
// so a relative path would resolve against that, not against this folder).
import { JsonFilePreferences, type TextFile } from "esp-console-prov/adapters/moddable/lin/json-file-preferences";
import type { Preferences } from "esp-console-prov/modules/ports";

const NAME = "esp-console-prov-preferences.json";

function path(): string {
  return `${(config as { file?: { root?: string } }).file?.root ?? "/tmp/"}${NAME}`;
}

/** The whole file at once; a write goes to a temporary file renamed over it, so it is the old text or the new. */
const linFile: TextFile = {
  read() {
    const name = path();
    if (!File.exists(name)) return undefined;
    const file = new File(name);
    try {
      return file.length ? file.read(String) : "";
    } finally {
      file.close();
    }
  },
  write(text) {
    const name = path(), temporary = `${name}.tmp`;
    File.delete(temporary); // File(…, true) opens an existing file without truncating it
    const file = new File(temporary, true);
    try {
      file.write(text);
    } finally {
      file.close();
    }
    if (!File.rename(temporary, name)) throw new Error(`cannot rename ${temporary}`);
  },
};

let preferences: JsonFilePreferences | undefined;
/** Made at the first call, at run time: nothing of it exists while the module is preloaded. */
const opened = () => (preferences ??= new JsonFilePreferences(linFile));

export const moddablePreferences: Preferences = {
  get: (domain, key) => opened().get(domain, key),
  set: (domain, key, value) => opened().set(domain, key, value),
  delete: (domain, key) => opened().delete(domain, key),
};
