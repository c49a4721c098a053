// Parses Kotlin files with tree-sitter and fails on any syntax error. Syntax only: without the
// Android SDK nothing here can check types or resolve android.* imports (docs/mobile.md).
//   node kotlin-syntax.mjs ../MainActivity.kt
import Parser from 'web-tree-sitter';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

await Parser.init();
const grammar = fileURLToPath(new URL('node_modules/tree-sitter-wasms/out/tree-sitter-kotlin.wasm', import.meta.url));
const parser = new Parser();
parser.setLanguage(await Parser.Language.load(grammar));

let errors = 0;
for (const file of process.argv.slice(2)) {
  const visit = (node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      errors++;
      const at = `${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
      console.log(`${at}: ${node.isMissing ? `missing ${node.type}` : 'syntax error'} near ${JSON.stringify(node.text.slice(0, 60))}`);
    }
    node.children.forEach(visit);
  };
  visit(parser.parse(readFileSync(file, 'utf8')).rootNode);
}
if (errors === 0) console.log(`Kotlin parses: ${process.argv.slice(2).join(', ')}`);
process.exit(errors ? 1 : 0);
