// Every view is a real URL on the page's own path: /?view=case&id=c-…, so a reload or a shared
// link opens the same view, and the page needs no server-side rewriting wherever it is hosted.

/** The view and parameters of the current address. */
export function currentRoute() {
  const params = new URLSearchParams(location.search);
  return { view: params.get('view') || 'submit', params };
}

/** The address of a view; empty parameters are left out. */
export function href(view, params = {}) {
  const query = new URLSearchParams();
  if (view !== 'submit') {
    query.set('view', view);
  }
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && String(value) !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return location.pathname + (text ? '?' + text : '');
}

/**
 * Follows links to the page's own views without reloading it, keeping the history; any other
 * link, and clicks meant for a new tab, behave as links do.
 */
export function startRouting(render) {
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[href]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey || link.target || link.hasAttribute('download')) {
      return;
    }
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname
        || (url.hash && url.search === location.search)) {
      return;
    }
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => render());
  navigateHandler = render;
}

let navigateHandler = () => {};

/** Goes to an address of this page, as a new history entry. */
export function navigate(address) {
  history.pushState(null, '', address);
  navigateHandler();
}
