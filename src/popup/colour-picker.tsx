import type { CoreIssue } from '../core/issues/issue';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';

// The console's own presets (facts file); any other 6-digit hex is accepted too.
const PRESETS: Array<{ hex: string; nameKey: string }> = [
  { hex: 'f2b0a9', nameKey: 'colourRed' },
  { hex: 'fbc8aa', nameKey: 'colourOrange' },
  { hex: 'efda95', nameKey: 'colourYellow' },
  { hex: 'b7ca9d', nameKey: 'colourGreen' },
  { hex: '83d4e8', nameKey: 'colourBlue' },
];

interface Props { value: string; onChange: (hex: string) => void; onBlur: () => void; error?: CoreIssue }

/** Preset swatches (radio buttons), a system colour picker and the hex itself. */
export function ColourPicker({ value, onChange, onBlur, error }: Props) {
  const hex = value.replace(/^#/, '').toLowerCase();
  const valid = /^[0-9a-f]{6}$/.test(hex);
  return (
    <fieldset class="field colour">
      <legend>{t('fieldColor')}</legend>
      <div class="presets" role="radiogroup" aria-label={t('colourPresets')}>
        {PRESETS.map((preset) => (
          <label key={preset.hex} class="preset" title={t(preset.nameKey)}>
            <input type="radio" name="colour-preset" value={preset.hex} checked={hex === preset.hex} onChange={() => onChange(preset.hex)} />
            <span class="swatch" style={{ background: `#${preset.hex}` }} aria-hidden="true" />
            <span class="visually-hidden">{t(preset.nameKey)}</span>
          </label>
        ))}
        <label class="preset" title={t('colourNone')}>
          <input type="radio" name="colour-preset" value="" checked={hex === ''} onChange={() => onChange('')} />
          <span class="swatch none" aria-hidden="true" />
          <span class="visually-hidden">{t('colourNone')}</span>
        </label>
        <input type="color" aria-label={t('colourCustom')} value={valid ? `#${hex}` : '#cccccc'} onInput={(e) => onChange((e.target as HTMLInputElement).value.slice(1))} />
      </div>
      <input
        id="field-color"
        name="color"
        value={value}
        spellcheck={false}
        autoComplete="off"
        aria-label={t('colourHex')}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? 'color-error' : 'color-hint'}
        onInput={(e) => onChange((e.target as HTMLInputElement).value)}
        onBlur={onBlur}
      />
      {error ? <small id="color-error" class="error" data-testid="error-color">{issueText(error)}</small> : <small id="color-hint" class="hint">{t('fieldColorHint')}</small>}
    </fieldset>
  );
}
