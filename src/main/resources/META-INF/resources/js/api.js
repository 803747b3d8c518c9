// Calls the service's functions as every integration does: POST /<name> with a JSON body.
import { accessToken, apiUrl } from './settings.js';

/** A refusal or failure, in the service's words, with the request field it concerns (if any). */
export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field || null;
  }
}

export async function call(name, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  const token = accessToken();
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  let response;
  try {
    response = await fetch(apiUrl() + '/' + name, { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (failure) {
    throw new ApiError(0, 'unreachable', 'The service did not answer (' + failure.message
        + '). Check that it is running and that this page may reach it.', null);
  }
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (ignored) {
    data = null;
  }
  if (response.ok) {
    return data;
  }
  if (data && typeof data.error === 'string') {
    throw new ApiError(response.status, data.error, data.message || data.error, data.field);
  }
  throw new ApiError(response.status, 'http_' + response.status, refusalWithoutBody(response), null);
}

/** API Gateway's own refusals (authoriser, throttling) carry no error body of ours. */
function refusalWithoutBody(response) {
  switch (response.status) {
    case 401:
    case 403:
      return 'The service refused the request (' + response.status + '): it needs a valid access token. '
          + 'Paste one under "Access" at the top of the page.';
    case 429:
      return 'The service is receiving too many requests; try again in a moment.';
    case 503:
      return 'The service is unavailable for a moment'
          + (response.headers.get('Retry-After') ? '; try again in ' + response.headers.get('Retry-After') + ' s.' : '.');
    default:
      return 'The service answered ' + response.status + (response.statusText ? ' ' + response.statusText : '') + '.';
  }
}
