// STAT-1 dashboard: each breakdown's table drawn as a bar chart (ECharts, served as a
// webjar). The table stays the source and the accessible version; the chart is decoration
// for sighted readers (aria-hidden) and a click on a bar opens the same list as the number.
(function () {
  'use strict';

  function rowsOf(table) {
    return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
      var link = row.querySelector('a[data-count]');
      return {
        label: row.cells[0].textContent.trim(),
        value: link ? Number(link.getAttribute('data-count')) : 0,
        href: link ? link.getAttribute('href') : null
      };
    });
  }

  function draw(holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-for'));
    if (!table || !window.echarts) {
      return null;
    }
    var rows = rowsOf(table).reverse();
    holder.style.height = Math.max(8, rows.length * 2 + 3) + 'rem';
    var chart = window.echarts.init(holder, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#0b0c0c' } },
      yAxis: {
        type: 'category',
        data: rows.map(function (row) { return row.label; }),
        axisLabel: { color: '#0b0c0c', width: 180, overflow: 'truncate' }
      },
      series: [{
        type: 'bar',
        data: rows.map(function (row) { return row.value; }),
        itemStyle: { color: '#00596b' },
        label: { show: true, position: 'right', color: '#0b0c0c' },
        cursor: 'pointer'
      }]
    });
    chart.on('click', function (event) {
      var row = rows[event.dataIndex];
      if (row && row.href) {
        window.location.assign(row.href);
      }
    });
    return chart;
  }

  function start() {
    var charts = Array.prototype.map.call(document.querySelectorAll('[data-chart-for]'), draw)
      .filter(function (chart) { return chart !== null; });
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
