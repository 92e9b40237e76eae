// Lint: TypeScript and Vue rules, and the layer boundaries of DESIGN.md §1 enforced by
// no-restricted-imports, so a lower layer never reaches into a higher one.
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'worker_threads'];
const layer = (name, patterns) => ({ patterns: [{ group: patterns, message: `${name} must not import this (layers: see README.md, Architecture)` }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'scripts/**/*.cjs'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module', extraFileExtensions: ['.vue'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', layer('core/', ['**/db/**', '**/db', '**/electron/**', '**/backend/**', '**/backend', '**/shells/**', '**/renderer/**', 'electron', 'better-sqlite3', 'vue', 'pinia', 'vis-*', ...nodeBuiltins])],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layer('db/', ['**/electron/**', '**/backend/**', '**/shells/**', '**/renderer/**', 'electron', 'vue', 'pinia'])] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.vue'],
    ignores: ['renderer/vite.config.mts'],
    rules: { 'no-restricted-imports': ['error', layer('renderer/', ['**/db/**', '**/db', '**/electron/**', '**/backend/**', '**/backend', '**/shells/**', 'electron', 'better-sqlite3', 'playwright-core', ...nodeBuiltins])] },
  },
  {
    // All SQL lives in db/: above it, no driver and no raw statements.
    files: ['backend/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layer('backend/', ['**/electron/**', '**/shells/**', '**/renderer/**', 'electron', 'vue', 'pinia', 'vis-*', 'better-sqlite3', '**/db/statements'])] },
  },
  {
    files: ['shells/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layer('shells/', ['**/electron/**', '**/renderer/**', 'electron', 'vue', 'pinia', 'vis-*', 'better-sqlite3', '**/db/statements'])] },
  },
  {
    // Every layer above lists 'electron': only electron/ may import it.
    files: ['electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layer('electron/', ['**/renderer/**', '**/shells/**'])] },
  },
);
