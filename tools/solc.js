#!/usr/bin/env node
// Offline stand-in for native solc, for forge: answers `--version` in native solc's
// format and compiles `--standard-json` input from stdin with solc-js (pinned in
// package.json). Forge cannot download a native compiler on machines without
// network access beyond the package registries, so foundry.toml points here.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const args = process.argv.slice(2);

if (args.includes('--version')) {
  // solc-js reports e.g. "0.8.30+commit.73712a01.Emscripten.clang"; forge parses
  // the native form "Version: 0.8.30+commit.73712a01.Linux.g++".
  const version = solc.version().replace(/\.Emscripten\.clang$/, '.Linux.g++');
  process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${version}\n`);
  process.exit(0);
}

if (!args.includes('--standard-json')) {
  process.stderr.write('tools/solc.js supports only --version and --standard-json\n');
  process.exit(2);
}

// Import roots forge passes (--base-path, --include-path, --allow-paths) plus the
// working directory; the import callback resolves sources against them in order.
const roots = [process.cwd()];
for (let i = 0; i < args.length; i++) {
  if (['--base-path', '--include-path', '--allow-paths'].includes(args[i]) && args[i + 1]) {
    for (const p of args[i + 1].split(',')) if (p) roots.push(path.resolve(p));
    i++;
  }
}

function findImports(importPath) {
  const candidates = path.isAbsolute(importPath)
    ? [importPath]
    : roots.map((root) => path.join(root, importPath));
  for (const candidate of candidates) {
    try {
      return { contents: fs.readFileSync(candidate, 'utf8') };
    } catch (_) {
      // try the next root
    }
  }
  return { error: `File not found: ${importPath} (searched ${roots.join(', ')})` };
}

const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = Buffer.concat(chunks).toString('utf8');
  process.stdout.write(solc.compile(input, { import: findImports }));
});
