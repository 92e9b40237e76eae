import { describe, expect, it } from 'vitest';
import { sandboxFlags } from '../../../backend/pdf-chromium';

describe('the headless Chromium that prints briefings', () => {
  it('keeps its sandbox, except as root, where Chromium refuses to start with it', () => {
    expect(sandboxFlags(1000)).toEqual([]);
    expect(sandboxFlags(0)).toEqual(['--no-sandbox']);
  });
});
