// The NewsGraph dashboard: search, a claim's propagation as a graph and a timeline, and charts of relay
// aggregations. It reads only the public GraphQL API (through graphql-client.js), at ?endpoint=URL or ../graphql.
'use strict';

(() => {
  const endpoint = new URLSearchParams(location.search).get('endpoint') || new URL('../graphql', location.href).href;
  const graphql = window.NewsGraphClient.create(endpoint);

  const Queries = {
    search: `query DashboardSearch($text: String!) {
  search(query: $text, types: [CLAIM, PERSON], first: 12) {
    __typename
    ... on Claim { id text relayCount speaker { name } }
    ... on Person { id name }
  }
}`,
    person: `query DashboardPerson($id: ID!) {
  person(id: $id) { id name statements(first: 50) { nodes { id text relayCount speaker { name } } } }
}`,
    propagation: `query DashboardPropagation($id: ID!) {
  propagation(claimId: $id) {
    claim {
      id text kind relayCount alteredCount verb channel
      speaker { __typename id name }
      citedSources { id name }
      responses { stance claim { id text speaker { id name } } }
    }
    relays {
      by { __typename ... on Article { id title source } ... on Person { id name } ... on Organization { id name } }
      outlet { id name }
      publishedAt wording similarity altered kind
      via { name }
    }
  }
}`,
    overview: `query DashboardOverview {
  outlets: relayAggregates(by: OUTLET, first: 8) { ...Groups }
  speakers: relayAggregates(by: SPEAKER, first: 8) { ...Groups }
  kinds: relayAggregates(by: KIND) { ...Groups }
  days: relayAggregates(by: DAY, first: 31) { ...Groups }
  topClaims(first: 6) { relays altered claim { id text speaker { name } } }
}
fragment Groups on RelayAggregation { relays claims altered groups { key label relays claims altered share } }`,
  };

  const KindClass = { QUOTE: 'quote', PARAPHRASE: 'paraphrase', ALTERED: 'altered' };
  const state = { cy: null, propagation: null };
  window.newsgraph = state;

  const $ = (selector) => document.querySelector(selector);
  const svgNs = 'http://www.w3.org/2000/svg';

  function el(name, attributes = {}, text) {
    const node = name.startsWith('svg:') ? document.createElementNS(svgNs, name.slice(4)) : document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function short(text, length) {
    return text && text.length > length ? `${text.slice(0, length - 1)}…` : text || '';
  }

  function status(message, isError) {
    const footer = $('#status');
    footer.textContent = message;
    footer.classList.toggle('error', Boolean(isError));
  }

  async function run(what, action) {
    try {
      status(`${what}…`);
      await action();
      status('');
    } catch (error) {
      status(`${what} failed: ${error.message}`, true);
    }
  }

  function claimItem(claim, relays) {
    const item = el('li', { class: 'claim-item', 'data-claim': claim.id });
    item.append(el('q', {}, short(claim.text, 140)));
    const speaker = claim.speaker ? claim.speaker.name : 'unknown speaker';
    item.append(el('small', {}, `${speaker} · ${relays} relay${relays === 1 ? '' : 's'}`));
    item.addEventListener('click', () => select(claim.id));
    return item;
  }

  async function search(text) {
    const data = await graphql(Queries.search, { text });
    const list = $('#results ol');
    list.replaceChildren();
    for (const hit of data.search) {
      if (hit.__typename === 'Claim') {
        list.append(claimItem(hit, hit.relayCount));
      } else {
        const item = el('li', { class: 'person-item', 'data-person': hit.id });
        item.append(el('strong', {}, hit.name), el('small', {}, 'person · show statements'));
        item.addEventListener('click', () => run('Loading statements', () => statements(hit.id, item)));
        list.append(item);
      }
    }
    if (!data.search.length) list.append(el('li', { class: 'empty' }, 'Nothing found.'));
  }

  async function statements(personId, item) {
    const data = await graphql(Queries.person, { id: personId });
    const nested = el('ol', { class: 'statements' });
    for (const claim of data.person.statements.nodes) nested.append(claimItem(claim, claim.relayCount));
    if (!data.person.statements.nodes.length) nested.append(el('li', { class: 'empty' }, 'No statements.'));
    item.querySelector('ol')?.remove();
    item.append(nested);
  }

  function select(claimId) {
    return run('Loading the propagation', async () => {
      const data = await graphql(Queries.propagation, { id: claimId });
      state.propagation = data.propagation;
      document.querySelectorAll('.claim-item').forEach((item) => item.classList.toggle('selected', item.dataset.claim === claimId));
      showClaim(data.propagation);
      drawGraph(data.propagation);
      drawTimeline(data.propagation.relays);
    });
  }

  function relayerName(relay) {
    const by = relay.by;
    if (by.__typename !== 'Article') return by.name;
    return by.title || (by.source || by.id).split('/').pop();
  }

  function showClaim({ claim }) {
    const head = $('#claim-head');
    head.replaceChildren(el('h2', {}, 'Propagation'));
    head.append(el('blockquote', {}, claim.text));
    const said = [claim.speaker ? claim.speaker.name : 'An unknown speaker', claim.verb || 'said', claim.channel ? `on ${claim.channel}` : '']
      .filter(Boolean).join(' ');
    const cited = claim.citedSources.length ? ` citing ${claim.citedSources.map((s) => s.name).join(', ')}` : '';
    head.append(el('p', { class: 'said' }, `${said}${cited}. Relayed ${claim.relayCount} times, ${claim.alteredCount} with altered wording.`));
    if (claim.responses.length) {
      const responses = el('ul', { class: 'responses' });
      for (const response of claim.responses) {
        const who = response.claim.speaker ? response.claim.speaker.name : 'Someone';
        responses.append(el('li', { class: `stance-${response.stance.toLowerCase()}` }, `${response.stance.replace('_', ' ')} — ${who}: “${short(response.claim.text, 120)}”`));
      }
      head.append(responses);
    }
  }

  // Speaker -> channel -> the relaying articles, grouped by outlet; the cited source before the speaker, the
  // responses below them. Positions are computed here, column by column, so the picture reads left to right.
  function drawGraph({ claim, relays }) {
    const elements = [];
    const speakerId = 'speaker';
    const channelId = 'channel';
    const columns = { source: 0, speaker: 230, channel: 470, article: 760 };
    const groups = new Map();
    for (const relay of relays) {
      const key = relay.outlet ? relay.outlet.id : (relay.by.__typename === 'Article' ? 'no-outlet' : 'direct');
      if (!groups.has(key)) groups.set(key, { label: relay.outlet ? relay.outlet.name : (key === 'direct' ? 'People and organizations' : 'Outlet unknown'), relays: [] });
      groups.get(key).relays.push(relay);
    }

    let y = 0;
    for (const [key, group] of groups) {
      elements.push({ data: { id: `outlet:${key}`, label: group.label }, classes: 'outlet' });
      for (const relay of group.relays) {
        const id = `relay:${relay.by.id}`;
        const kind = KindClass[relay.kind];
        const label = `${short(relayerName(relay), 46)}\n${relay.publishedAt ? relay.publishedAt.slice(0, 10) : 'undated'} · ${relay.kind.toLowerCase()}`;
        elements.push({ data: { id, parent: `outlet:${key}`, label, relayer: relay.by.id, wording: relay.wording }, classes: `article ${kind}`, position: { x: columns.article, y } });
        const similarity = relay.similarity == null ? '' : `${Math.round(relay.similarity * 100)}%`;
        const via = relay.via ? ` via ${relay.via.name}` : '';
        elements.push({ data: { id: `edge:${id}`, source: channelId, target: id, label: `${similarity}${via}` }, classes: `relay ${kind}` });
        y += 64;
      }
      y += 36;
    }

    const middle = Math.max(0, (y - 100) / 2);
    const speakerName = claim.speaker ? claim.speaker.name : 'Unknown speaker';
    elements.push({ data: { id: speakerId, label: speakerName }, classes: 'speaker', position: { x: columns.speaker, y: middle } });
    elements.push({ data: { id: channelId, label: `${claim.verb || 'said'}${claim.channel ? ` on ${claim.channel}` : ''}` }, classes: 'channel', position: { x: columns.channel, y: middle } });
    elements.push({ data: { id: 'edge:said', source: speakerId, target: channelId, label: '' }, classes: 'said' });
    claim.citedSources.forEach((source, i) => {
      const id = `source:${source.id}`;
      elements.push({ data: { id, label: source.name }, classes: 'source', position: { x: columns.source, y: middle + i * 70 } });
      elements.push({ data: { id: `edge:${id}`, source: id, target: speakerId, label: 'cited' }, classes: 'cites' });
    });
    claim.responses.forEach((response, i) => {
      const id = `response:${response.claim.id}`;
      const who = response.claim.speaker ? response.claim.speaker.name : 'Someone';
      elements.push({ data: { id, label: `${who}\n${short(response.claim.text, 40)}` }, classes: 'response', position: { x: columns.speaker + i * 250, y: middle + 130 } });
      elements.push({ data: { id: `edge:${id}`, source: id, target: channelId, label: response.stance.replace('_', ' ').toLowerCase() }, classes: `responds stance-${response.stance.toLowerCase()}` });
    });

    if (state.cy) state.cy.destroy();
    state.cy = cytoscape({
      container: $('#graph'),
      elements,
      layout: { name: 'preset', fit: true, padding: 24 },
      wheelSensitivity: 0.2,
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': 190, 'text-valign': 'center', 'text-halign': 'center', width: 200, height: 44, shape: 'round-rectangle', 'background-color': '#eef2f7', 'border-width': 1, 'border-color': '#9aa7b8', color: '#1d2733' } },
        { selector: '.speaker', style: { 'background-color': '#1f4e79', color: '#fff', 'font-weight': 'bold', width: 170 } },
        { selector: '.channel', style: { 'background-color': '#dbe8f6', width: 180 } },
        { selector: '.source', style: { 'background-color': '#f4ecd8', 'border-style': 'dashed', width: 170 } },
        { selector: '.response', style: { 'background-color': '#f6f6f6', 'font-size': 10, width: 190 } },
        { selector: '.outlet', style: { 'background-color': '#fafbfc', 'border-color': '#c4ccd6', 'text-valign': 'top', 'text-halign': 'center', 'font-weight': 'bold', 'font-size': 12, padding: 10 } },
        { selector: '.article', style: { width: 230, 'text-max-width': 220, 'font-size': 10 } },
        { selector: '.article.quote', style: { 'border-color': '#2e7d32', 'border-width': 2 } },
        { selector: '.article.paraphrase', style: { 'border-color': '#b08800', 'border-width': 2 } },
        { selector: '.article.altered', style: { 'border-color': '#c62828', 'border-width': 3, 'border-style': 'dashed', 'background-color': '#fdecea' } },
        { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#8895a7', 'target-arrow-color': '#8895a7', label: 'data(label)', 'font-size': 9, 'text-background-color': '#fff', 'text-background-opacity': 0.9, 'text-background-padding': 2 } },
        { selector: 'edge.altered', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', 'line-style': 'dashed', width: 2.5 } },
        { selector: 'edge.paraphrase', style: { 'line-color': '#b08800', 'target-arrow-color': '#b08800' } },
        { selector: 'edge.responds', style: { 'line-style': 'dotted' } },
        { selector: 'edge.stance-disputes', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828' } },
        { selector: 'edge.stance-supports', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32' } },
      ],
    });
    state.cy.on('tap', 'node.article', (event) => status(`“${event.target.data('wording') || ''}”`));
  }

  // Dated relays on a time axis; undated ones on a lane of their own, in the order the API gives (time, then id).
  function drawTimeline(relays) {
    const svg = $('#timeline');
    svg.replaceChildren();
    const width = svg.clientWidth || 900;
    const left = 110;
    const right = width - 30;
    const dated = relays.filter((r) => r.publishedAt);
    const undated = relays.filter((r) => !r.publishedAt);
    const lanes = [];
    if (dated.length) lanes.push({ label: 'Published', relays: dated, x: scale(dated) });
    if (undated.length) lanes.push({ label: 'Date unknown', relays: undated, x: (_, i) => left + ((i + 0.5) * (right - left)) / undated.length });
    svg.setAttribute('height', String(lanes.length * 70 + 30));
    lanes.forEach((lane, laneIndex) => {
      const y = 35 + laneIndex * 70;
      svg.append(el('svg:text', { x: 0, y: y + 4, class: 'lane' }, lane.label));
      svg.append(el('svg:line', { x1: left, x2: right, y1: y, y2: y, class: 'axis' }));
      lane.relays.forEach((relay, i) => {
        const x = lane.x(relay, i);
        const mark = el('svg:circle', { cx: x, cy: y, r: 8, class: `relay ${KindClass[relay.kind]}`, 'data-relayer': relay.by.id, 'data-altered': String(relay.altered) });
        mark.append(el('svg:title', {}, `${relayerName(relay)} — ${relay.kind.toLowerCase()}: “${relay.wording || ''}”`));
        svg.append(mark);
        const caption = `${relay.publishedAt ? `${relay.publishedAt.slice(0, 10)} ` : ''}${short(relay.outlet ? relay.outlet.name : relayerName(relay), 22)}`;
        svg.append(el('svg:text', { x, y: y + (i % 2 ? -14 : 24), class: 'caption', 'text-anchor': 'middle' }, caption));
      });
    });
    if (!lanes.length) svg.append(el('svg:text', { x: 0, y: 20, class: 'lane' }, 'No relays.'));

    function scale(list) {
      const times = list.map((r) => Date.parse(r.publishedAt));
      const min = Math.min(...times);
      const span = Math.max(...times) - min || 1;
      return (relay) => left + ((Date.parse(relay.publishedAt) - min) / span) * (right - left);
    }
  }

  // A horizontal bar per group: relays, with the altered ones in red at the start of the bar.
  function drawBars(svg, aggregation, order) {
    svg.replaceChildren();
    const groups = order ? [...aggregation.groups].sort(order) : aggregation.groups;
    const width = svg.clientWidth || 320;
    const labelWidth = 130;
    const max = Math.max(1, ...groups.map((g) => g.relays));
    svg.setAttribute('height', String(Math.max(1, groups.length) * 22 + 6));
    groups.forEach((group, i) => {
      const y = 4 + i * 22;
      const barWidth = ((width - labelWidth - 40) * group.relays) / max;
      svg.append(el('svg:text', { x: labelWidth - 6, y: y + 13, 'text-anchor': 'end', class: 'label' }, short(group.label, 20)));
      const bar = el('svg:rect', { x: labelWidth, y, width: barWidth, height: 16, class: 'bar', 'data-key': group.key ?? '' });
      bar.append(el('svg:title', {}, `${group.label}: ${group.relays} relays of ${group.claims} claims, ${group.altered} altered, ${Math.round(group.share * 100)}% of all`));
      svg.append(bar);
      svg.append(el('svg:rect', { x: labelWidth, y, width: (barWidth * group.altered) / Math.max(1, group.relays), height: 16, class: 'bar-altered' }));
      svg.append(el('svg:text', { x: labelWidth + barWidth + 4, y: y + 13, class: 'value' }, String(group.relays)));
    });
    if (!groups.length) svg.append(el('svg:text', { x: 0, y: 16, class: 'label' }, 'No relays.'));
  }

  async function overview() {
    const data = await graphql(Queries.overview);
    drawBars($('#chart-outlet'), data.outlets);
    drawBars($('#chart-speaker'), data.speakers);
    drawBars($('#chart-kind'), data.kinds);
    drawBars($('#chart-day'), data.days);
    const list = $('#top ol');
    list.replaceChildren(...data.topClaims.map((top) => claimItem(top.claim, top.relays)));
  }

  $('#search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('#search').value.trim();
    if (text) run('Searching', () => search(text));
  });

  run('Loading the overview', overview);
})();
