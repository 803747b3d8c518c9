// Submit an article: the text (a pasted page or the story alone) and optional metadata are
// stored, then its FactSheet is shown beside the stored text. The API's refusals are shown
// beside the field they concern, and nothing typed is lost.
import { call } from '../api.js';
import { h } from '../dom.js';
import { clearErrors, field, formError, showError } from '../forms.js';
import { href } from '../router.js';
import { readingView } from './reading.js';

export function submitView(container) {
  const status = h('p', { class: 'status', role: 'status' });
  const result = h('div', { class: 'result' });
  const button = h('button', { type: 'submit' }, 'Submit and extract facts');
  const form = h('form', { class: 'submit-form', novalidate: true, 'aria-labelledby': 'page-heading' },
      formError(),
      field({
        name: 'text', label: 'Article text', control: 'textarea',
        hint: 'The story alone or a whole page pasted from a browser or a PDF (menus and footers are left out).',
        attributes: { rows: 10, spellcheck: 'false' },
      }),
      h('div', { class: 'field-row' },
          field({ name: 'title', label: 'Title (optional)', attributes: { type: 'text', autocomplete: 'off' } }),
          field({
            name: 'url', label: 'Address of the article (optional)', hint: 'http or https',
            attributes: { type: 'url', inputmode: 'url', autocomplete: 'off', placeholder: 'https://…' },
          })),
      h('div', { class: 'field-row' },
          field({
            name: 'publishedOn', label: 'Publication date (optional)', hint: 'YYYY-MM-DD; relative dates in the text are read from it',
            attributes: { type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'YYYY-MM-DD' },
          }),
          field({
            name: 'language', label: 'Language (optional)', hint: 'A BCP 47 tag such as zh, zh-Hant, en or ru; detected when left empty',
            attributes: { type: 'text', autocomplete: 'off', placeholder: 'zh, en, ru…', list: 'language-tags' },
          }),
          h('datalist', { id: 'language-tags' }, ['zh-Hans', 'zh-Hant', 'en', 'ru'].map((tag) => h('option', { value: tag })))),
      h('div', { class: 'actions' }, button));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    result.replaceChildren();
    const article = { text: form.elements.text.value };
    for (const name of ['title', 'url', 'publishedOn', 'language']) {
      const value = form.elements[name].value.trim();
      if (value !== '') {
        article[name] = value;
      }
    }
    button.disabled = true;
    status.textContent = 'Storing the article…';
    let stored;
    try {
      stored = await call('submitArticle', article);
    } catch (error) {
      status.textContent = '';
      showError(form, error);
      return;
    } finally {
      button.disabled = false;
    }
    status.replaceChildren(stored.duplicate
      ? h('span', { class: 'duplicate' }, 'Already stored: this text is article ' + stored.articleId
          + '; nothing new was stored. ')
      : h('span', { class: 'stored' }, 'Stored as a new article, ' + stored.articleId + ' ('
          + stored.length + ' characters). '),
    h('a', { href: href('article', { id: stored.articleId }) }, 'Link to this article'));
    status.dataset.articleId = stored.articleId;
    status.dataset.duplicate = String(stored.duplicate);
    result.replaceChildren(h('p', { class: 'loading' }, 'Extracting facts…'));
    try {
      // The stored text is what the offsets count in (a duplicate may differ in line ends).
      const [storedArticle, sheet] = await Promise.all([
        call('getArticle', { articleId: stored.articleId }),
        call('extractFacts', { articleId: stored.articleId }),
      ]);
      result.replaceChildren(readingView({ text: storedArticle.text, sheet }).element);
      status.scrollIntoView({ block: 'start', behavior: 'auto' });
    } catch (error) {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' },
          'The article is stored, but its facts could not be shown: ' + error.message));
    }
  });

  container.append(
      h('h1', { id: 'page-heading', tabindex: '-1' }, 'Submit an article'),
      h('p', { class: 'lead' }, 'The service stores the article once under a stable id and shows the facts it finds, '
          + 'highlighted in the text.'),
      form, status, result);
  return 'Submit an article';
}
