// The page: one view per address (router.js), drawn into <main> from the API's answers.
import { h } from './dom.js';
import { currentRoute, startRouting } from './router.js';
import { accessToken, authorizer, loadSettings, setAccessToken } from './settings.js';
import { articleView } from './views/article.js';
import { dossierView } from './views/dossier.js';
import { listingView } from './views/listing.js';
import { submitView } from './views/submit.js';

const VIEWS = {
  submit: (container) => submitView(container),
  cases: (container, params) => listingView(container, params, 'cases'),
  events: (container, params) => listingView(container, params, 'events'),
  case: (container, params) => dossierView(container, params, 'case'),
  event: (container, params) => dossierView(container, params, 'event'),
  article: (container, params) => articleView(container, params),
};

const NAV_OF_VIEW = { submit: 'submit', cases: 'cases', case: 'cases', events: 'events', event: 'events', article: null };

let firstRender = true;
let renders = 0;

async function render() {
  const { view, params } = currentRoute();
  const draw = VIEWS[view] || VIEWS.submit;
  const main = document.getElementById('main');
  // A fresh container per view: answers arriving for a view already left land nowhere.
  const container = h('div', { class: 'view view-' + view, 'data-render': String(++renders) });
  main.replaceChildren(container);
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === NAV_OF_VIEW[view]) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  let title;
  try {
    title = await draw(container, params);
  } catch (failure) {
    container.append(h('p', { class: 'error', role: 'alert' }, 'This view failed: ' + failure.message));
  }
  if (main.firstChild === container) {
    document.title = (title ? title + ' · ' : '') + 'SCO digital-economy facts';
    const heading = container.querySelector('h1');
    if (heading && !firstRender && !container.contains(document.activeElement)) {
      heading.focus({ preventScroll: true });
    }
    container.dataset.ready = 'true';
  }
  firstRender = false;
}

/** Where a token is pasted when the API sits behind a JWT authoriser (AWS). */
function accessPanel() {
  const mode = authorizer();
  const panel = document.getElementById('access');
  if (mode === 'JWT') {
    const input = h('input', { id: 'access-token', name: 'accessToken', type: 'password', autocomplete: 'off',
      value: accessToken(), 'aria-describedby': 'access-hint' });
    input.addEventListener('change', () => setAccessToken(input.value.trim()));
    panel.append(h('details', {},
        h('summary', {}, 'Access'),
        h('label', { for: 'access-token' }, 'Access token'),
        h('p', { class: 'hint', id: 'access-hint' }, 'The API accepts requests with a token from your identity provider '
            + '(kept for this tab only).'),
        input));
  } else if (mode === 'IAM') {
    panel.append(h('p', { class: 'note' }, 'This API takes AWS-signed (IAM) requests only, which a browser cannot send: '
        + 'deploy it with the JWT authoriser to use this page.'));
  }
}

await loadSettings();
accessPanel();
startRouting(render);
render();
