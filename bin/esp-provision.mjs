#!/usr/bin/env node
// `npx esp-provision ...` in a checkout (after npm install): runs the TypeScript CLI through tsx,
// which the project installs for its own scripts, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../host/provision.ts");
