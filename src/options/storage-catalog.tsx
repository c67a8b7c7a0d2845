import type { StoreSnapshot } from '../platform/store';
import { t } from '../platform/i18n';
import { issueText } from '../ui/issue-text';

/** The organisation's catalog (enterprise policy): shown, never editable. */
export function CatalogSection({ snapshot }: { snapshot: StoreSnapshot }) {
  const { catalog, catalogName, catalogIssues } = snapshot;
  return (
    <section aria-labelledby="catalog-heading" data-testid="catalog">
      <h2 id="catalog-heading">{t('catalogHeading')}</h2>
      {catalogIssues.length > 0 && (
        <ul class="storage-problems" role="alert">
          {catalogIssues.map((issue, i) => <li key={i} class="error">{issueText(issue)}</li>)}
        </ul>
      )}
      {catalog.length === 0 ? (
        <p class="muted">{t('catalogNone')}</p>
      ) : (
        <>
          <p>{t('catalogIntro', [catalogName ?? t('catalogUnnamed'), String(catalog.length)])}</p>
          <table class="catalog">
            <thead>
              <tr><th scope="col">{t('catalogLabel')}</th><th scope="col">{t('catalogAccount')}</th><th scope="col">{t('catalogRole')}</th><th scope="col">{t('catalogGroup')}</th></tr>
            </thead>
            <tbody>
              {catalog.map((entry) => (
                <tr key={entry.id}>
                  <td>{entry.label} <span class="tag">{t('tagManaged')}</span></td>
                  <td><code>{entry.account}</code></td>
                  <td><code>{entry.rolePath === '/' ? entry.roleName : `${entry.rolePath.slice(1)}${entry.roleName}`}</code></td>
                  <td>{entry.group ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
