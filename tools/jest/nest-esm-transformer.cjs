/**
 * Nest 12 ships ESM only, and Jest 30 on Node 20 cannot require() ESM. ts-jest turns those files into
 * CommonJS, but two ESM-only constructs survive the transpile and break at run time:
 *   `const require = createRequire(import.meta.url)` (a CommonJS module already has `require`) and
 *   any other `import.meta.url`. This wrapper rewrites both before ts-jest sees the file.
 */
const { TsJestTransformer } = require('ts-jest');

const CREATE_REQUIRE = /const (\w+) = createRequire\(import\.meta\.url\);/g;
const IMPORT_META_URL = /import\.meta\.url/g;
const FILE_URL = 'require("node:url").pathToFileURL(__filename).href';

function rewriteEsmOnly(source, filePath) {
  if (!filePath.includes('/node_modules/@nestjs/')) return source;
  return source
    .replace(CREATE_REQUIRE, (_, name) => (name === 'require' ? '' : `const ${name} = require;`))
    .replace(IMPORT_META_URL, FILE_URL);
}

class NestEsmTransformer extends TsJestTransformer {
  process(source, filePath, options) {
    return super.process(rewriteEsmOnly(source, filePath), filePath, options);
  }
  processAsync(source, filePath, options) {
    return super.processAsync(rewriteEsmOnly(source, filePath), filePath, options);
  }
  getCacheKey(source, filePath, options) {
    return super.getCacheKey(rewriteEsmOnly(source, filePath), filePath, options);
  }
}

module.exports = {
  createTransformer: (config) => new NestEsmTransformer(config),
};
