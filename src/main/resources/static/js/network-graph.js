/*
 * The network graph drawn with cytoscape.js over the page's own tables. The page works without
 * this script (tables, links to expand, forms for path, filters and saving); with it, the drawing
 * appears, nodes expand in place (click a node, or the Expand button of its row with the keyboard),
 * suggestions are added to the chart, and the chart exports as PNG. Data comes from the console's
 * JSON endpoints with the page's session, filtered by the same sharing policy.
 */
(function () {
    'use strict';

    var container = document.getElementById('graph');
    if (!container || typeof window.cytoscape !== 'function') {
        return;
    }
    var base = container.dataset.base;
    var filters = new URLSearchParams();
    (container.dataset.types || '').split(',').filter(Boolean).forEach(function (t) { filters.append('types', t); });
    if (container.dataset.since) { filters.set('since', container.dataset.since); }
    if (container.dataset.until) { filters.set('until', container.dataset.until); }

    var typeNames = {};
    document.querySelectorAll('#type-names [data-type]').forEach(function (li) {
        typeNames[li.dataset.type] = li.textContent;
    });

    // cytoscape adds a <style> for its container unless an element with this id exists; the CSP
    // forbids inline styles, so the rule is in sabueso.css and this marker tells cytoscape so
    if (!document.getElementById('__________cytoscape_stylesheet')) {
        var marker = document.createElement('meta');
        marker.id = '__________cytoscape_stylesheet';
        document.head.appendChild(marker);
    }

    var cy = window.cytoscape({
        container: container,
        wheelSensitivity: 0.3,
        style: [
            { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10, 'text-wrap': 'wrap',
                'text-max-width': 110, 'background-color': '#50606f', 'color': '#1d2733', 'width': 22, 'height': 22 } },
            { selector: 'node[type = "ORGANIZATION"]', style: { 'shape': 'round-rectangle', 'background-color': '#a3262a',
                'width': 34, 'height': 34 } },
            { selector: 'node[type = "FACILITY"]', style: { 'shape': 'diamond', 'background-color': '#7a5a00' } },
            { selector: 'node[type = "PLACE"]', style: { 'shape': 'triangle', 'background-color': '#2f6f4f' } },
            { selector: 'node.start', style: { 'border-width': 3, 'border-color': '#f2a900' } },
            { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1b5fbf' } },
            { selector: 'edge', style: { 'width': 1.5, 'line-color': '#9aa7b4', 'curve-style': 'bezier',
                'target-arrow-shape': 'triangle', 'target-arrow-color': '#9aa7b4', 'arrow-scale': 0.7,
                'label': 'data(name)', 'font-size': 8, 'color': '#5b6875', 'text-rotation': 'autorotate' } },
            { selector: 'edge[type = "MEMBER_OF"]', style: { 'line-color': '#c77', 'target-arrow-color': '#c77' } },
            { selector: 'edge[type = "FAMILY"]', style: { 'line-style': 'dashed' } }
        ]
    });

    function url(path, params) {
        var q = new URLSearchParams(filters);
        Object.keys(params).forEach(function (k) { q.set(k, params[k]); });
        return base + path + '?' + q.toString();
    }

    function nodeIds() {
        return cy.nodes().map(function (n) { return n.id(); });
    }

    function period(e) {
        function text(d) { return d ? String(d.year) + (d.month ? '-' + String(d.month).padStart(2, '0') : '') : ''; }
        return e.started || e.ended ? text(e.started) + '–' + text(e.ended) : '';
    }

    /** Adds nodes and links not yet drawn; returns the nodes that are new. */
    function merge(data) {
        var added = [];
        data.nodes.forEach(function (n) {
            if (cy.getElementById(n.id).empty()) {
                cy.add({ group: 'nodes', data: { id: n.id, label: n.label, type: n.type } });
                added.push(n);
            }
        });
        data.edges.forEach(function (e) {
            if (cy.getElementById(e.id).empty() && !cy.getElementById(e.from).empty() && !cy.getElementById(e.to).empty()) {
                cy.add({ group: 'edges', data: { id: e.id, source: e.from, target: e.to, type: e.type,
                    name: (typeNames[e.type] || e.type) + (e.role ? ' (' + e.role + ')' : '') } });
                addLinkRow(e);
            }
        });
        added.forEach(addNodeRow);
        refreshForms();
        container.dataset.count = String(cy.nodes().length);
        container.dataset.links = String(cy.edges().length);
        return added;
    }

    function layout() {
        cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 70 }).run();
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
        [label(e.from), (typeNames[e.type] || e.type) + (e.role ? ' (' + e.role + ')' : ''), label(e.to), period(e)]
            .forEach(function (text) {
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
        expand.href = base + '/graph?node=' + encodeURIComponent(n.id) + '&depth=1';
        expand.dataset.node = n.id;
        expand.textContent = container.dataset.expandLabel || 'Expand';
        li.appendChild(expand);
        li.appendChild(document.createTextNode(' '));
        var timeline = document.createElement('a');
        timeline.className = 'small';
        timeline.href = base + '/timeline?node=' + encodeURIComponent(n.id);
        timeline.textContent = container.dataset.timelineLabel || 'Timeline';
        li.appendChild(timeline);
        list.appendChild(li);
        if (n.type === 'PERSON') {
            document.querySelectorAll('select.person-choice').forEach(function (select) {
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

    function expand(id) {
        return get('/graph.json', { node: id, depth: 1 }).then(function (data) {
            merge(data);
            layout();
            var row = document.querySelector('#node-list li[data-node="' + id + '"]');
            if (row) { row.dataset.expanded = 'true'; }
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
                a.href = base + '/graph?node=' + encodeURIComponent(s.node.id);
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
            merge(data);
            layout();
            return suggest();
        });
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest('a.expand, a.suggestion');
        if (!link || !link.dataset.node) {
            return;
        }
        event.preventDefault();
        (link.classList.contains('expand') ? expand(link.dataset.node) : addToChart(link.dataset.node))
            .catch(function () { window.location.href = link.href; });
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
        : get('/graph.json', { node: container.dataset.start, depth: container.dataset.depth || 1 });
    first.then(function (data) {
        merge(data);
        if (container.dataset.start) {
            cy.getElementById(container.dataset.start).addClass('start');
        }
        layout();
        container.dataset.ready = 'true';
    });
}());
