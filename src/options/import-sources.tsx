import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { fetchAddress, readFiles, type ImportSource, type ReadResult } from './import-read';

interface Props {
  busy: boolean;
  onSource: (source: ImportSource) => void;
  onError: (text: string) => void;
  onBusy: (busy: boolean) => void;
}

/** The ways in: paste, pick files, drop files, or fetch a team's list from an https address. */
export function ImportSources({ busy, onSource, onError, onBusy }: Props) {
  const [text, setText] = useState('');
  const [address, setAddress] = useState('');
  const [dragging, setDragging] = useState(false);

  const take = async (reading: Promise<ReadResult>) => {
    onBusy(true);
    const result = await reading;
    onBusy(false);
    if ('error' in result) onError(result.error);
    else onSource(result.source);
  };
  const onFiles = (files: FileList | null | undefined) => {
    if (files && files.length > 0) void take(readFiles([...files]));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!event.dataTransfer?.files.length) return onError(t('importDropNotFile'));
    onFiles(event.dataTransfer.files);
  };

  return (
    <div
      class={`import-sources${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="import-drop"
    >
      <div class="field wide">
        <label for="import-text">{t('importPasteLabel')}</label>
        <textarea id="import-text" rows={8} spellcheck={false} autocomplete="off" value={text}
          onInput={(event) => setText((event.target as HTMLTextAreaElement).value)} />
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => onSource({ text })}>{t('importPreview')}</button>
      </div>

      <div class="field wide">
        <label for="import-file">{t('importFileLabel')}</label>
        <input id="import-file" type="file" multiple disabled={busy} aria-describedby="import-file-hint"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            onFiles(input.files);
            input.value = ''; // picking the same file again is a new import
          }} />
        <p id="import-file-hint" class="muted hint">{t('importFileHint')}</p>
        <p class="muted hint" aria-hidden="true">{dragging ? t('importDropActive') : t('importDropHint')}</p>
      </div>

      <div class="field wide">
        <label for="import-url">{t('importUrlLabel')}</label>
        <div class="import-url-row">
          <input id="import-url" type="url" inputMode="url" placeholder="https://" value={address} disabled={busy} aria-describedby="import-url-hint"
            onInput={(event) => setAddress((event.target as HTMLInputElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && address.trim() !== '') void take(fetchAddress(address));
            }} />
          <button type="button" disabled={busy || address.trim() === ''} onClick={() => void take(fetchAddress(address))}>{t('importUrlFetch')}</button>
        </div>
        <p id="import-url-hint" class="muted hint">{t('importUrlHint')}</p>
      </div>
    </div>
  );
}
