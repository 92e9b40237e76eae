/** Bytes of an article file → text: refuses binary files and encodings Chronik cannot read. */
import { ChronikError } from '../../core/api';
import { MAX_FILE_BYTES } from '../../core/contract/import';
import { isBlank } from './invisible';

export type ArticleFormat = 'html' | 'text';

export interface DecodedFile {
  text: string;
  format: ArticleFormat;
  encoding: string;
  /** Bytes that were not valid UTF-8 in an otherwise UTF-8 file (each became U+FFFD). */
  replaced: number;
}

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  [[0x4d, 0x5a], 'a Windows program'],
];

// Windows-1252 in 0x80–0x9F (undefined bytes stay as they are). Some Node builds decode
// "windows-1252" as latin1, leaving C1 controls where the quotes and dashes should be.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80] ?? ch);
}

const TEXT_EXT = /\.(txt|text|md|markdown)$/i;
const HTML_EXT = /\.(html?|xhtml)$/i;

/** "12.3 MB" / "512 KB" for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** The charset a page declares in <meta charset> or http-equiv, read from its first bytes. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /^<\?xml[^>]+encoding=["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decoder(label: string, name: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label);
  } catch {
    throw new ChronikError('UNSUPPORTED', `"${name}" is in the encoding "${label}", which Chronik cannot read; save it as UTF-8 and import it again`);
  }
}

/**
 * Decodes a file: UTF-8 / UTF-16 by BOM, else UTF-8 when valid, else the charset the HTML
 * declares, else windows-1252 (which also reads latin1). `hintCharset` comes from a server.
 */
export function decodeArticleBytes(bytes: Uint8Array, name: string, hintCharset?: string | null): DecodedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ChronikError('VALIDATION', `"${name}" is ${formatSize(bytes.length)}; Chronik imports articles up to ${formatSize(MAX_FILE_BYTES)}`);
  }
  if (bytes.length === 0) throw new ChronikError('VALIDATION', `"${name}" is empty`);
  if (starts(bytes, [0x00, 0x00, 0xfe, 0xff]) || starts(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    throw new ChronikError('UNSUPPORTED', `"${name}" is UTF-32 text, which Chronik cannot read; save it as UTF-8 and import it again`);
  }
  for (const [sig, what] of MAGIC) {
    if (starts(bytes, sig)) throw new ChronikError('UNSUPPORTED', `"${name}" is ${what}, not a text or HTML article`);
  }
  let text: string;
  let encoding: string;
  let replaced = 0;
  if (starts(bytes, [0xef, 0xbb, 0xbf])) [text, encoding] = [new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8'];
  else if (starts(bytes, [0xff, 0xfe])) [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  else if (starts(bytes, [0xfe, 0xff])) [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  else {
    if (bytes.subarray(0, 65536).includes(0)) throw new ChronikError('UNSUPPORTED', `"${name}" is a binary file, not a text or HTML article`);
    const declared = hintCharset?.toLowerCase() || declaredCharset(bytes);
    const declaredDecoder = declared ? decoder(declared, name) : null;
    const { valid, invalid } = utf8Census(bytes);
    // (Mostly) valid UTF-8 wins over a single-byte declaration: pages are often mislabelled, and
    // ASCII reads the same. One broken byte in a UTF-8 file must not turn every umlaut into mojibake.
    // Text in a single-byte encoding almost never forms valid UTF-8 sequences by chance.
    const mostlyUtf8 = invalid === 0 || valid >= 2 * invalid;
    if (mostlyUtf8 && (!declaredDecoder || /^(windows-125\d|iso-8859-\d+|utf-8)$/.test(declaredDecoder.encoding))) {
      [text, encoding, replaced] = [new TextDecoder('utf-8').decode(bytes), 'utf-8', invalid];
    } else if (declaredDecoder) [text, encoding] = [declaredDecoder.decode(bytes), declaredDecoder.encoding];
    else [text, encoding] = [new TextDecoder('windows-1252').decode(bytes), 'windows-1252'];
    if (encoding === 'windows-1252') text = fixCp1252(text);
  }
  const controls = (text.slice(0, 65536).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > Math.max(8, text.slice(0, 65536).length / 100)) {
    throw new ChronikError('UNSUPPORTED', `"${name}" does not look like text (it contains many control characters); Chronik imports .txt, .md and .html articles`);
  }
  if (isBlank(text)) throw new ChronikError('VALIDATION', `"${name}" contains no text`);
  return { text, format: detectFormat(name, text), encoding, replaced };
}

/**
 * Counts well-formed UTF-8 sequences of two to four bytes (`valid`) and bytes that belong to none
 * (`invalid`; what a decoder replaces with U+FFFD, roughly). ASCII counts as neither.
 */
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8 either.
    if (ok && len === 3) ok = !(b === 0xe0 && bytes[i + 1]! < 0xa0) && !(b === 0xed && bytes[i + 1]! >= 0xa0);
    if (ok && len === 4) ok = !(b === 0xf0 && bytes[i + 1]! < 0x90) && !(b === 0xf4 && bytes[i + 1]! >= 0x90);
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** HTML by extension, else by sniffing the first characters. */
export function detectFormat(name: string, text: string): ArticleFormat {
  if (HTML_EXT.test(name)) return 'html';
  if (TEXT_EXT.test(name)) return 'text';
  return /^\s*(<!doctype\s+html|<html|<head|<body|<article|<meta|<\?xml[^>]*>\s*<html)/i.test(text) ? 'html' : 'text';
}
