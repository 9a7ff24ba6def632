// Bundles the SQL editor (js/sql_editor.js and the CodeMirror 6 packages it imports, all from
// node_modules at pinned versions) into one minified ES module, sql-editor.js, beside the
// app's own files. Trunk runs this after each build (see Trunk.toml); the app imports it as
// `./sql-editor.js` (src/ui/sql_editor.rs).
//
//   node scripts/build-editor.mjs [out-dir]     (default: $TRUNK_STAGING_DIR)
import { build } from 'esbuild';
import { join } from 'node:path';

const outDir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!outDir) {
  console.error('usage: node scripts/build-editor.mjs <out-dir> (or run it as a Trunk hook)');
  process.exit(2);
}
await build({
  entryPoints: ['js/sql_editor.js'],
  outfile: join(outDir, 'sql-editor.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  legalComments: 'eof',
  logLevel: 'warning',
});
