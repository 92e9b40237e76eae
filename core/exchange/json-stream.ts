/**
 * Reads one JSON object fed in pieces, member by member, without holding the whole text: members
 * named in `streamed` must be arrays and come out element by element (after a 'list' item naming
 * the member); any other member comes out whole. Each piece of JSON is parsed with JSON.parse once it is complete, so memory is bounded
 * by the largest element, not by the file.
 */
import { ImportError, lineOf } from './errors';

export type JsonStreamItem =
  | { kind: 'member'; key: string; value: unknown }
  | { kind: 'list'; key: string }
  | { kind: 'element'; key: string; index: number; value: unknown };

type State = 'start' | 'key' | 'colon' | 'value' | 'afterValue' | 'arrayStart' | 'element' | 'afterElement' | 'done';

export class JsonObjectStream {
  private buf = '';
  /** Characters of `buf` already consumed. */
  private pos = 0;
  /** Text consumed before `buf` (for line numbers in messages). */
  private consumedLines = 1;
  private state: State = 'start';
  private key = '';
  private index = 0;
  /** Scanning a value: where it starts in `buf`, and how far it was scanned. */
  private valueStart = -1;
  private scanAt = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly what: string, private readonly streamed: ReadonlySet<string>) {}

  push(chunk: string): JsonStreamItem[] {
    if (!this.buf.length && this.state === 'start') chunk = chunk.replace(/^\uFEFF/, '');
    this.buf += chunk;
    const out = this.run(false);
    this.compact();
    return out;
  }

  end(): JsonStreamItem[] {
    const out = this.run(true);
    if (this.state !== 'done') this.fail(this.state === 'start' && !this.buf.trim() ? 'the file is empty' : 'the file ends in the middle (is it complete?)');
    if (this.buf.slice(this.pos).trim()) this.fail('unexpected text after the end');
    return out;
  }

  /** `shape`: the JSON is valid, but not shaped as the format asks (a field of the wrong kind). */
  private fail(why: string, at = this.pos, shape = false): never {
    const { line, column } = lineOf(this.buf, at);
    const l = line + this.consumedLines - 1;
    const where = `line ${l}${line === 1 ? '' : `, column ${column}`}`;
    throw new ImportError(shape ? `${this.what}: ${why}` : `${this.what}: not valid JSON at ${where} (${why})`, { line: l });
  }

  /** Drops consumed text, keeping a value being scanned. */
  private compact(): void {
    const keepFrom = this.valueStart >= 0 ? this.valueStart : this.pos;
    if (keepFrom < 65536 && keepFrom < this.buf.length / 2) return;
    const dropped = this.buf.slice(0, keepFrom);
    for (let p = dropped.indexOf('\n'); p >= 0; p = dropped.indexOf('\n', p + 1)) this.consumedLines++;
    this.buf = this.buf.slice(keepFrom);
    this.pos -= keepFrom;
    this.scanAt -= keepFrom;
    if (this.valueStart >= 0) this.valueStart -= keepFrom;
  }

  private skipSpace(): boolean {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else return true;
    }
    return false;
  }

  /**
   * Scans a JSON value starting at valueStart; returns its end (exclusive) or -1 when it is not
   * complete yet. Numbers and literals end at a delimiter, so they need the next character (or `last`).
   */
  private scanValue(last: boolean): number {
    const b = this.buf;
    let i = this.scanAt;
    if (i === this.valueStart) {
      const c = b[i];
      if (c !== '{' && c !== '[' && c !== '"') {
        const m = /[,\]}\s]/g;
        m.lastIndex = i;
        const hit = m.exec(b);
        if (hit) return hit.index;
        return last ? b.length : -1;
      }
    }
    for (; i < b.length; i++) {
      const c = b[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.inString = false;
          if (this.depth === 0) return i + 1;
        }
      } else if (c === '"') this.inString = true;
      else if (c === '{' || c === '[') this.depth++;
      else if (c === '}' || c === ']') {
        this.depth--;
        if (this.depth === 0) return i + 1;
      }
    }
    this.scanAt = i;
    return -1;
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.buf.slice(start, end));
    } catch (e) {
      const msg = (e as Error).message;
      const pos = /position (\d+)/.exec(msg);
      return this.fail(msg.replace(/ in JSON at position \d+.*$/, ''), start + (pos ? Number(pos[1]) : 0));
    }
  }

  private beginValue(): void {
    this.valueStart = this.pos;
    this.scanAt = this.pos;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  private run(last: boolean): JsonStreamItem[] {
    const out: JsonStreamItem[] = [];
    for (;;) {
      if (this.state === 'done') return out;
      if (this.valueStart < 0 && !this.skipSpace()) return out;
      const c = this.buf[this.pos];
      switch (this.state) {
        case 'start':
          if (c !== '{') this.fail('a Chronik timeline file is one JSON object starting with "{"');
          this.pos++;
          this.state = 'key';
          break;
        case 'key': {
          if (this.valueStart < 0) {
            if (c === '}') {
              this.pos++;
              this.state = 'done';
              break;
            }
            if (c !== '"') this.fail('expected a field name in double quotes');
            this.beginValue();
          }
          const end = this.scanValue(last);
          if (end < 0) return out;
          this.key = this.parse(this.valueStart, end) as string;
          this.pos = end;
          this.valueStart = -1;
          this.state = 'colon';
          break;
        }
        case 'colon':
          if (c !== ':') this.fail('expected ":" after a field name');
          this.pos++;
          this.state = this.streamed.has(this.key) ? 'arrayStart' : 'value';
          break;
        case 'value': {
          if (this.valueStart < 0) this.beginValue();
          const end = this.scanValue(last);
          if (end < 0) return out;
          out.push({ kind: 'member', key: this.key, value: this.parse(this.valueStart, end) });
          this.pos = end;
          this.valueStart = -1;
          this.state = 'afterValue';
          break;
        }
        case 'afterValue':
          if (c === ',') this.state = 'key';
          else if (c === '}') this.state = 'done';
          else this.fail('expected "," or "}" after a value');
          this.pos++;
          break;
        case 'arrayStart':
          if (c !== '[') this.fail(`the field "${this.key}" must be a list`, this.pos, true);
          this.pos++;
          out.push({ kind: 'list', key: this.key });
          this.index = 0;
          if (!this.skipSpace()) {
            this.state = 'element';
            return out;
          }
          if (this.buf[this.pos] === ']') {
            this.pos++;
            this.state = 'afterValue';
          } else this.state = 'element';
          break;
        case 'element': {
          if (this.valueStart < 0) {
            if (c === ']' && this.index === 0) {
              this.pos++;
              this.state = 'afterValue';
              break;
            }
            this.beginValue();
          }
          const end = this.scanValue(last);
          if (end < 0) return out;
          out.push({ kind: 'element', key: this.key, index: this.index++, value: this.parse(this.valueStart, end) });
          this.pos = end;
          this.valueStart = -1;
          this.state = 'afterElement';
          break;
        }
        case 'afterElement':
          if (c === ',') this.state = 'element';
          else if (c === ']') this.state = 'afterValue';
          else this.fail('expected "," or "]" in a list');
          this.pos++;
          break;
      }
    }
  }
}
