#!/usr/bin/env node
// `esp-provision`: the provisioning client's command line (host/provision.ts), compiled into dist/ by
// `npm run build`. In a checkout `npm run provision` runs the same program from the TypeScript.
import "../host/provision.js";
