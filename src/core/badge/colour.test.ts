import { describe, expect, it } from 'vitest';
import { badgeColour, contrastRatio, textColourOn } from './colour';

describe('badgeColour', () => {
  it('accepts 6 hex digits with or without #, and lower-cases them', () => {
    expect(badgeColour('F2B0A9')).toBe('#f2b0a9');
    expect(badgeColour('#83d4e8')).toBe('#83d4e8');
  });
  it('gives nothing for a missing or malformed colour', () => {
    expect(badgeColour(undefined)).toBeUndefined();
    expect(badgeColour('red')).toBeUndefined();
    expect(badgeColour('#fff')).toBeUndefined();
    expect(badgeColour('f2b0a9; background:url(x)')).toBeUndefined();
  });
});

describe('textColourOn', () => {
  it('puts black text on the console preset colours (all light)', () => {
    for (const preset of ['#f2b0a9', '#83d4e8', '#b7ca9d', '#efda95', '#fbc8aa']) expect(textColourOn(preset)).toBe('#000000');
  });
  it('puts white text on dark colours', () => {
    expect(textColourOn('#232f3e')).toBe('#ffffff');
    expect(textColourOn('#8b0000')).toBe('#ffffff');
  });
  it('always reaches at least WCAG AA for large text (3:1), whatever the colour', () => {
    for (let v = 0; v < 0x1000000; v += 0x0f0f0f) {
      const bg = `#${v.toString(16).padStart(6, '0')}`;
      expect(contrastRatio(bg, textColourOn(bg)), bg).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('computes the WCAG ratio of black on white as 21', () => expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21));
});
