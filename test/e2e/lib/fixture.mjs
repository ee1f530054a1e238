// A fixture workspace: a fresh copy of the sample corpus with its own `.vscode/settings.json`,
// plus one text file the settings exclude (it must stay plain text, outside the corpus).
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../setup.mjs';

export const FIXTURE_SETTINGS = {
  'corpusLens.exclude': ['**/node_modules/**', '**/.git/**', 'notes/**'],
  'corpusLens.language': 'en',
  'corpusLens.debounce': 50,
  'files.autoSave': 'off',
};

export function makeFixture(folder) {
  const samples = path.join(ROOT, 'samples/corpus');
  mkdirSync(folder, { recursive: true });
  for (const name of readdirSync(samples).filter((n) => n.endsWith('.txt'))) cpSync(path.join(samples, name), path.join(folder, name));
  mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(FIXTURE_SETTINGS, null, 2) + '\n');
  mkdirSync(path.join(folder, 'notes'), { recursive: true });
  writeFileSync(path.join(folder, 'notes', 'shopping-list.txt'), 'Du pain, « du beurre » et des œufs, a déclaré Marie.\n');
  return folder;
}
