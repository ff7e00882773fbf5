// A GraphQL client for pages that embed NewsGraph: queries go as GET requests carrying only the SHA-256 of the
// document (Automatic Persisted Queries), so the browser's HTTP cache and the server's ETags apply; a hash the server
// does not know yet is registered by sending the document once with it. Without Web Crypto (a page not served from
// a secure context) it falls back to POST. Nothing here is specific to the dashboard.
'use strict';

window.NewsGraphClient = (() => {
  const hashes = new Map();

  async function sha256(text) {
    if (!hashes.has(text)) {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      hashes.set(text, [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''));
    }
    return hashes.get(text);
  }

  function notFound(body) {
    return (body.errors || []).some((e) => e.extensions && e.extensions.code === 'PERSISTED_QUERY_NOT_FOUND');
  }

  async function send(url, init) {
    const response = await fetch(url, init);
    const body = await response.json();
    return { status: response.status, body };
  }

  function create(endpoint) {
    // application/json: an unknown hash is then a 200 answer carrying the error, not a 400 the console reports.
    const accept = { Accept: 'application/json' };

    async function post(query, variables) {
      return send(endpoint, {
        method: 'POST',
        headers: { ...accept, 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    }

    async function get(query, variables) {
      const extensions = { persistedQuery: { version: 1, sha256Hash: await sha256(query) } };
      const params = new URLSearchParams({ extensions: JSON.stringify(extensions) });
      if (variables) params.set('variables', JSON.stringify(variables));
      let answer = await send(`${endpoint}?${params}`, { headers: accept });
      if (notFound(answer.body)) {
        params.set('query', query);
        answer = await send(`${endpoint}?${params}`, { headers: accept });
      }
      return answer;
    }

    return async function request(query, variables) {
      const answer = window.crypto && crypto.subtle ? await get(query, variables) : await post(query, variables);
      if (answer.body.errors && answer.body.errors.length) {
        throw new Error(answer.body.errors.map((e) => e.message).join('; '));
      }
      return answer.body.data;
    };
  }

  return { create };
})();
