// Where the functions are and how to authorise calls to them. The service that serves the page
// says so in page-settings.json (io.scofacts.api.PageSettings): locally the page's own origin
// and no authoriser; in AWS the HTTP API's address and its authoriser (JWT or IAM).

const TOKEN_KEY = 'scofacts.accessToken';

const settings = { apiUrl: '', authorizer: 'none' };

/** Reads page-settings.json; a page hosted without it calls its own origin. */
export async function loadSettings() {
  try {
    const response = await fetch('page-settings.json', { headers: { Accept: 'application/json' } });
    if (response.ok) {
      const loaded = await response.json();
      settings.apiUrl = typeof loaded.apiUrl === 'string' ? loaded.apiUrl.replace(/\/+$/, '') : '';
      settings.authorizer = typeof loaded.authorizer === 'string' ? loaded.authorizer : 'none';
    }
  } catch (ignored) {
    // Static hosting without the settings file: the defaults above.
  }
  return settings;
}

export function apiUrl() {
  return settings.apiUrl;
}

/** JWT or IAM when the API needs callers to prove who they are; none locally. */
export function authorizer() {
  return settings.authorizer;
}

/** The bearer token pasted for this browser tab (kept for the tab's session only). */
export function accessToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch (ignored) {
    return '';
  }
}

export function setAccessToken(token) {
  try {
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
    }
  } catch (ignored) {
    // Storage disabled: the token lasts until the page is reloaded.
  }
}
