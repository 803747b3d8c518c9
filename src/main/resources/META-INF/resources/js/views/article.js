// One stored article with its FactSheet; a link from a case or event names the sentence it
// cites (sentence=s-e) and the words in it (mark=s-e), which are highlighted and scrolled to.
import { call } from '../api.js';
import { h } from '../dom.js';
import { parseSpan, safeUrl } from '../format.js';
import { readingView } from './reading.js';

export async function articleView(container, params) {
  const articleId = params.get('id') || '';
  const cited = { sentence: parseSpan(params.get('sentence')), mention: parseSpan(params.get('mark')) };
  const heading = h('h1', { id: 'page-heading', tabindex: '-1' }, 'Article ' + articleId);
  container.append(heading, h('p', { class: 'loading' }, 'Loading the article…'));
  const [article, sheet] = await Promise.allSettled([
    call('getArticle', { articleId }),
    call('extractFacts', { articleId }),
  ]);
  container.replaceChildren(heading);
  if (article.status === 'rejected') {
    container.append(h('p', { class: 'error', role: 'alert' }, article.reason.message));
    return 'Article not found';
  }
  const stored = article.value;
  const extracted = sheet.status === 'fulfilled' ? sheet.value : null;
  const title = stored.title || (extracted && extracted.title) || null;
  if (title) {
    heading.textContent = title;
  }
  const link = safeUrl(stored.url);
  container.append(h('dl', { class: 'meta' },
      h('dt', {}, 'Id'), h('dd', {}, stored.articleId),
      stored.publishedOn ? [h('dt', {}, 'Published'), h('dd', {}, stored.publishedOn)] : null,
      link ? [h('dt', {}, 'Address'), h('dd', {}, h('a', { href: link, rel: 'noopener noreferrer' }, link))] : null,
      stored.language ? [h('dt', {}, 'Language given'), h('dd', {}, stored.language)] : null,
      h('dt', {}, 'Stored'), h('dd', {}, stored.submittedAt),
      h('dt', {}, 'Length'), h('dd', {}, stored.length + ' characters')));
  if (cited.sentence || cited.mention) {
    container.append(h('p', { class: 'cited-note' }, h('mark', { class: 'cited-sentence swatch-text' }, 'Highlighted'),
        ' the sentence the case or event cites.'));
  }
  const reading = readingView({
    text: stored.text,
    sheet: extracted,
    note: sheet.status === 'rejected' ? 'The facts could not be extracted: ' + sheet.reason.message : null,
    cited,
  });
  container.append(reading.element);
  reading.showCited();
  return title || 'Article ' + stored.articleId;
}
