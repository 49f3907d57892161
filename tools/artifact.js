#!/usr/bin/env node
// Splits a forge artifact into the ABI and creation-bytecode files abigen reads.
// Usage: node tools/artifact.js <artifact.json> <out.abi> <out.bin>
'use strict';

const fs = require('fs');

const [artifactPath, abiPath, binPath] = process.argv.slice(2);
if (!artifactPath || !abiPath || !binPath) {
  process.stderr.write('usage: artifact.js <artifact.json> <out.abi> <out.bin>\n');
  process.exit(2);
}
const artifact = JSON.parse(fs.readFileSync(artifactPath, 'utf8'));
const bytecode = artifact.bytecode && artifact.bytecode.object;
if (!Array.isArray(artifact.abi) || typeof bytecode !== 'string') {
  process.stderr.write(`${artifactPath}: not a forge artifact (abi or bytecode.object missing)\n`);
  process.exit(1);
}
if (/__\$[0-9a-f]{34}\$__/.test(bytecode)) {
  process.stderr.write(`${artifactPath}: bytecode has unlinked libraries\n`);
  process.exit(1);
}
fs.writeFileSync(abiPath, JSON.stringify(artifact.abi));
fs.writeFileSync(binPath, bytecode.replace(/^0x/, ''));
