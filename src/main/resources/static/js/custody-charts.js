/* Charts of the custody console, drawn with Chart.js (WebJar, served locally). The pages work
   without this script: the dashboard's table and the facility's table of figures hold the same
   numbers. Data come from data- attributes and from the facility's series.json, never inline. */
(function () {
    'use strict';

    function ready(fn) {
        if (document.readyState !== 'loading') {
            fn();
        } else {
            document.addEventListener('DOMContentLoaded', fn);
        }
    }

    var options = { animation: false, responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } } };

    /** The charts' panels stay hidden without this script: the tables beside them hold the same figures. */
    function show(element) {
        var panel = element.closest('[hidden]');
        if (panel) {
            panel.hidden = false;
        }
    }

    function facilities(canvas) {
        show(canvas);
        var table = document.getElementById(canvas.dataset.table);
        var labels = [];
        var values = [];
        if (table) {
            table.querySelectorAll('tbody tr[data-name]').forEach(function (row) {
                if (row.dataset.occupancy) {
                    labels.push(row.dataset.name);
                    values.push(Number(row.dataset.occupancy));
                }
            });
        }
        new Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: [{ label: canvas.dataset.label, data: values, backgroundColor: '#b3261e' }] },
            options: Object.assign({ indexAxis: 'y' }, options)
        });
    }

    function series(grid) {
        fetch(grid.dataset.seriesUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (!data) {
                    return;
                }
                grid.hidden = false;
                grid.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
                    var key = canvas.dataset.chart;
                    new Chart(canvas, {
                        type: key === 'incidents' ? 'bar' : 'line',
                        data: { labels: data.labels, datasets: [{ label: canvas.dataset.label, data: data[key], spanGaps: true,
                            borderColor: '#1f4e79', backgroundColor: key === 'incidents' ? '#b3261e' : '#1f4e79' }] },
                        options: options
                    });
                });
                grid.dataset.drawn = 'true';
            });
    }

    ready(function () {
        if (typeof Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('canvas[data-chart="facilities"]').forEach(facilities);
        var grid = document.getElementById('series-charts');
        if (grid) {
            series(grid);
        }
    });
})();
