/*
 * The network graph drawn with cytoscape.js over the page's own tables. The page works without
 * this script (tables, links to expand, open groups and show more, forms for path, filters and
 * saving); with it, the drawing appears, nodes expand in place (click a node, or the Expand button
 * of its row with the keyboard), groups of members open where they were drawn, "show more" adds
 * the next nodes, suggestions are added to the chart, and the chart exports as PNG. Data comes
 * from the console's JSON endpoints with the page's session, filtered by the same sharing policy;
 * every word on a node or link comes from the server in the reader's language.
 *
 * Only the first drawing runs a layout over everything. Later additions are placed around the node
 * they came from and nothing already drawn moves: an analyst's mental map of a chart is its
 * positions, and a layout that reshuffles the whole chart on each expansion throws it away.
 */
(function () {
    'use strict';

    var container = document.getElementById('graph');
    if (!container || typeof window.cytoscape !== 'function') {
        return;
    }
    // the page's links carry its language as ?lang= (no cookie): the script's requests and links do too
    var base = (container.dataset.base || '').split('?')[0];
    var filters = new URLSearchParams();
    if (container.dataset.lang) { filters.set('lang', container.dataset.lang); }
    (container.dataset.types || '').split(',').filter(Boolean).forEach(function (t) { filters.append('types', t); });
    if (container.dataset.since) { filters.set('since', container.dataset.since); }
    if (container.dataset.until) { filters.set('until', container.dataset.until); }
    var opened = (container.dataset.open || '').split(',').filter(Boolean);
    var limit = Number(container.dataset.limit || 0);

    // cytoscape adds a <style> for its container unless an element with this id exists; the CSP
    // forbids inline styles, so the rule is in sabueso.css and this marker tells cytoscape so
    if (!document.getElementById('__________cytoscape_stylesheet')) {
        var marker = document.createElement('meta');
        marker.id = '__________cytoscape_stylesheet';
        document.head.appendChild(marker);
    }

    /** A swatch of the legend as computed from network.css: the drawing uses the legend's own colours. */
    function swatch(selector) {
        var el = document.querySelector(selector);
        return el ? window.getComputedStyle(el) : null;
    }

    var SHAPES = { PERSON: 'ellipse', ORGANIZATION: 'round-rectangle', FACILITY: 'diamond', PLACE: 'triangle' };
    var LINK_TYPES = ['MEMBER_OF', 'FAMILY', 'ASSOCIATE', 'CO_DEFENDANT', 'CELLMATE', 'CO_ESCAPEE', 'OPERATES_IN',
        'USES_AS_HUB', 'OWNS', 'UNKNOWN'];

    function styles() {
        var out = [
            { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
                'text-max-width': 110, 'background-color': '#50606f', 'color': '#1d2733', 'width': 22, 'height': 22,
                'min-zoomed-font-size': 6 } },
            { selector: 'edge', style: { 'width': 1.5, 'line-color': '#9aa7b4', 'curve-style': 'bezier',
                'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa7b4', 'arrow-scale': 0.7,
                'label': 'data(name)', 'font-size': 8, 'color': '#5b6875', 'text-rotation': 'autorotate',
                'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
                'min-zoomed-font-size': 7 } }
        ];
        Object.keys(SHAPES).forEach(function (type) {
            var s = swatch('[data-legend-node="' + type + '"] .swatch');
            var style = { 'shape': SHAPES[type] };
            if (s) { style['background-color'] = s.backgroundColor; }
            if (type === 'ORGANIZATION') { style.width = 34; style.height = 34; }
            out.push({ selector: 'node[type = "' + type + '"]', style: style });
        });
        var group = swatch('[data-legend-node="GROUP"] .swatch');
        out.push({ selector: 'node[type = "GROUP"]', style: { 'shape': 'round-rectangle', 'width': 70, 'height': 30,
            'background-color': group ? group.backgroundColor : '#f4dcdc', 'border-width': 2,
            'border-color': group ? group.borderTopColor : '#a3262a', 'text-valign': 'bottom', 'font-weight': 'bold' } });
        var start = swatch('[data-legend-node="START"] .swatch');
        out.push({ selector: 'node.start', style: { 'border-width': 3,
            'border-color': start ? start.borderTopColor : '#f2a900' } });
        out.push({ selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1b5fbf' } });
        LINK_TYPES.forEach(function (type) {
            var s = swatch('[data-legend-link="' + type + '"] .swatch-link');
            if (s) {
                out.push({ selector: 'edge[type = "' + type + '"]', style: { 'line-color': s.borderTopColor,
                    'target-arrow-color': s.borderTopColor, 'line-style': s.borderTopStyle === 'none' ? 'solid' : s.borderTopStyle } });
            }
        });
        out.push({ selector: 'edge.grouped', style: { 'width': 'mapData(count, 1, 30, 2, 7)' } });
        return out;
    }

    var cy = window.cytoscape({ container: container, wheelSensitivity: 0.3, style: styles() });
    // the chart for the browser tests and for an analyst at the console: positions are read from here
    window.sabuesoGraph = cy;

    function url(path, params) {
        var q = new URLSearchParams(filters);
        Object.keys(params).forEach(function (k) { q.set(k, params[k]); });
        return base + path + '?' + q.toString();
    }

    /** A page's address in the reader's language, without the chart's filters. */
    function page(path, params) {
        var q = new URLSearchParams(params);
        if (container.dataset.lang) { q.set('lang', container.dataset.lang); }
        return base + path + '?' + q.toString();
    }

    function nodeIds() {
        return cy.nodes('[type != "GROUP"]').map(function (n) { return n.id(); });
    }

    /** Adds nodes, groups and links not yet drawn; returns the new nodes (a cytoscape collection). */
    function merge(data) {
        var added = cy.collection();
        var rows = [];
        data.nodes.forEach(function (n) {
            if (cy.getElementById(n.id).empty()) {
                added = added.union(cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type } }));
                rows.push(n);
            }
        });
        (data.groups || []).forEach(function (g) {
            if (opened.indexOf(g.organisation) >= 0) {
                return;
            }
            var existing = cy.getElementById(g.id);
            if (existing.empty()) {
                added = added.union(cy.add({ group: 'nodes', data: { id: g.id, label: g.label, type: 'GROUP',
                    organisation: g.organisation, size: g.size } }));
            } else if (g.size > existing.data('size')) {
                existing.data({ label: g.label, size: g.size });
            }
        });
        data.edges.forEach(function (e) {
            if (cy.getElementById(e.id).empty() && !cy.getElementById(e.from).empty() && !cy.getElementById(e.to).empty()) {
                cy.add({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type, name: e.label } });
                addLinkRow(e);
            }
        });
        (data.groupLinks || []).forEach(function (l) {
            var existing = cy.getElementById(l.id);
            if (!existing.empty()) {
                existing.data({ name: l.label, count: l.count });
            } else if (!cy.getElementById(l.from).empty() && !cy.getElementById(l.to).empty()) {
                cy.add({ group: 'edges', classes: 'grouped', data: { id: l.id, source: l.from, target: l.to,
                    type: l.type, name: l.label, count: l.count } });
            }
        });
        rows.forEach(addNodeRow);
        refreshForms();
        container.dataset.count = String(cy.nodes().length);
        container.dataset.links = String(cy.edges().length);
        return added;
    }

    /** The middle of what is drawn, other than {@code except}. */
    function middle(except) {
        var drawn = cy.nodes().difference(except);
        if (drawn.empty()) {
            return { x: 0, y: 0 };
        }
        var box = drawn.boundingBox();
        return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    }

    /**
     * Puts new nodes in a fan around where they came from ({@code around}, or else the first of
     * their neighbours already drawn), opening away from the middle of the chart. Nodes already
     * drawn are not touched.
     */
    function place(added, around) {
        if (added.empty()) {
            return;
        }
        var centre = middle(added);
        var byAnchor = {};
        var anchors = {};
        added.forEach(function (n) {
            var point = around;
            var key = 'around';
            if (!point) {
                var neighbour = n.neighborhood('node').difference(added).first();
                point = neighbour.empty() ? centre : neighbour.position();
                key = neighbour.empty() ? 'centre' : neighbour.id();
            }
            anchors[key] = point;
            (byAnchor[key] = byAnchor[key] || []).push(n);
        });
        Object.keys(byAnchor).forEach(function (key) {
            var list = byAnchor[key];
            var a = anchors[key];
            var away = Math.atan2(a.y - centre.y, a.x - centre.x);
            if (a.x === centre.x && a.y === centre.y) { away = -Math.PI / 2; }
            var spread = Math.min(2 * Math.PI, Math.max(Math.PI / 2, list.length * 0.45));
            var radius = 80 + Math.min(160, list.length * 6);
            list.forEach(function (n, i) {
                var angle = away - spread / 2 + spread * (i + 0.5) / list.length;
                var ring = radius + (i % 2) * 28;
                n.position({ x: a.x + ring * Math.cos(angle), y: a.y + ring * Math.sin(angle) });
            });
        });
        cy.fit(undefined, 30);
    }

    function label(id) {
        var n = cy.getElementById(id);
        return n.empty() ? '' : n.data('label');
    }

    function addLinkRow(e) {
        var body = document.querySelector('#link-table tbody');
        if (!body || body.querySelector('tr[data-link="' + e.id + '"]')) {
            return;
        }
        var tr = document.createElement('tr');
        tr.dataset.link = e.id;
        [label(e.from), e.label, label(e.to), e.period || ''].forEach(function (text) {
            var td = document.createElement('td');
            td.textContent = text;
            tr.appendChild(td);
        });
        body.appendChild(tr);
    }

    function addNodeRow(n) {
        var list = document.getElementById('node-list');
        if (!list || list.querySelector('li[data-node="' + n.id + '"]')) {
            return;
        }
        var li = document.createElement('li');
        li.className = 'node-row';
        li.dataset.node = n.id;
        var name = document.createElement('span');
        name.className = 'node-label';
        name.textContent = n.label;
        li.appendChild(name);
        li.appendChild(document.createTextNode(' '));
        var expand = document.createElement('a');
        expand.className = 'button quiet small expand';
        expand.href = url('/graph', { node: n.id, depth: 1 });
        expand.dataset.node = n.id;
        expand.textContent = container.dataset.expandLabel || '+';
        li.appendChild(expand);
        li.appendChild(document.createTextNode(' '));
        var timeline = document.createElement('a');
        timeline.className = 'small';
        timeline.href = page('/timeline', { node: n.id });
        timeline.textContent = container.dataset.timelineLabel || '…';
        li.appendChild(timeline);
        list.appendChild(li);
        if (n.type === 'PERSON') {
            document.querySelectorAll('select.person-choice').forEach(function (select) {
                if (select.querySelector('option[value="' + n.id + '"]')) {
                    return;
                }
                var option = document.createElement('option');
                option.value = n.id;
                option.textContent = n.label;
                select.appendChild(option);
            });
        }
    }

    function refreshForms() {
        var ids = nodeIds().join(',');
        var hidden = document.getElementById('chart-nodes');
        if (hidden) { hidden.value = ids; }
        var graphml = document.getElementById('export-graphml');
        if (graphml) { graphml.href = url('/graph.graphml', { nodes: ids }); }
    }

    function get(path, params) {
        return fetch(url(path, params), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (r) {
                if (!r.ok) { throw new Error('HTTP ' + r.status); }
                return r.json();
            });
    }

    /** The page's own neighbourhood, with the groups opened so far and the current limit. */
    function chart() {
        var params = { node: container.dataset.start, depth: container.dataset.depth || 1 };
        if (limit) { params.limit = limit; }
        if (opened.length) { params.open = opened.join(','); }
        return get('/graph.json', params);
    }

    function expand(id) {
        var node = cy.getElementById(id);
        if (node.data('type') === 'GROUP') {
            return openGroup(id);
        }
        var params = { node: id, depth: 1 };
        if (opened.length) { params.open = opened.join(','); }
        return get('/graph.json', params).then(function (data) {
            place(merge(data), node.empty() ? null : node.position());
            var row = document.querySelector('#node-list li[data-node="' + id + '"]');
            if (row) { row.dataset.expanded = 'true'; }
            return suggest();
        });
    }

    /** Opens a group where it was drawn: its members take its place, fanned around its position. */
    function openGroup(id) {
        var group = cy.getElementById(id);
        if (group.empty()) {
            return Promise.resolve();
        }
        var at = { x: group.position('x'), y: group.position('y') };
        opened.push(group.data('organisation'));
        return chart().then(function (data) {
            group.remove();
            place(merge(data), at);
            var row = document.querySelector('#group-table li[data-group="' + id + '"]');
            if (row) { row.remove(); }
            container.dataset.opened = opened.join(',');
            return suggest();
        });
    }

    function showMore(link) {
        var next = Number(new URL(link.href, window.location.href).searchParams.get('limit'));
        if (!next) {
            return Promise.reject(new Error('no limit'));
        }
        limit = next;
        return chart().then(function (data) {
            place(merge(data), null);
            if (data.more) {
                var more = new URL(link.href, window.location.href);
                more.searchParams.set('limit', new URL(data.more, window.location.href).searchParams.get('limit'));
                link.href = more.pathname + more.search;
            } else {
                // the whole neighbourhood is drawn: nothing more to ask for, and the notice is no longer true
                var notice = document.getElementById('graph-more');
                if (notice) { notice.remove(); }
            }
            container.dataset.limit = String(limit);
            return suggest();
        });
    }

    function suggest() {
        var list = document.getElementById('suggestion-list');
        if (!list || cy.nodes().length === 0) {
            return Promise.resolve();
        }
        return get('/suggestions.json', { nodes: nodeIds().join(',') }).then(function (items) {
            list.replaceChildren();
            items.forEach(function (s) {
                var li = document.createElement('li');
                var a = document.createElement('a');
                a.className = 'suggestion';
                a.href = page('/graph', { node: s.node.id });
                a.dataset.node = s.node.id;
                a.textContent = s.node.label;
                li.appendChild(a);
                li.appendChild(document.createTextNode(' (' + s.sharedLinks + ')'));
                list.appendChild(li);
            });
        });
    }

    function addToChart(id) {
        return get('/among.json', { nodes: nodeIds().concat([id]).join(',') }).then(function (data) {
            place(merge(data), null);
            return suggest();
        });
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('a.expand, a.suggestion, a.open-group, a#show-more');
        if (!link) {
            return;
        }
        var work;
        if (link.id === 'show-more') {
            work = function () { return showMore(link); };
        } else if (link.classList.contains('open-group')) {
            work = function () { return openGroup(link.dataset.group); };
        } else if (link.dataset.node) {
            work = function () {
                return link.classList.contains('expand') ? expand(link.dataset.node) : addToChart(link.dataset.node);
            };
        } else {
            return;
        }
        event.preventDefault();
        work().catch(function () { window.location.href = link.href; });
    });

    cy.on('tap', 'node', function (event) {
        expand(event.target.id());
    });

    var png = document.getElementById('export-png');
    if (png) {
        png.hidden = false;
        png.addEventListener('click', function () {
            var blob = cy.png({ full: true, output: 'blob', bg: '#ffffff', scale: 2 });
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'sabueso-chart.png';
            document.body.appendChild(a);
            a.click();
            a.remove();
        });
    }

    var first = container.dataset.mode === 'among' || !container.dataset.start
        ? get('/among.json', { nodes: container.dataset.nodes || '' })
        : chart();
    first.then(function (data) {
        merge(data);
        if (container.dataset.start) {
            cy.getElementById(container.dataset.start).addClass('start');
        }
        // the one layout over everything: later additions are placed, never laid out again
        // spread wider than cose's defaults: labels of a few dozen nodes need the room to be read
        cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: 400000, idealEdgeLength: 110,
            nodeOverlap: 40, gravity: 0.5, padding: 20 }).run();
        container.dataset.ready = 'true';
    });
}());
