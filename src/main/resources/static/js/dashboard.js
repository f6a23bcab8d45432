// The dashboard's charts (console/dashboard.html); their data is the page's JSON block #chart-data.
(function () {
	const charts = JSON.parse(document.getElementById('chart-data').textContent);
	const ledger = document.querySelector('main[data-ledger]').dataset.ledger;
	const params = { township: 'township', department: 'department', category: 'category' };
	Object.keys(params).forEach(function (dim) {
		const data = charts[dim];
		const canvas = document.getElementById('chart-' + dim);
		const chart = new Chart(canvas, {
			type: 'bar',
			data: { labels: data.labels, datasets: [{ label: '逾期事项', data: data.counts, backgroundColor: '#c62828' }] },
			options: {
				maintainAspectRatio: false, animation: false,
				plugins: { legend: { display: false } },
				scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
				onClick: function (event, elements) {
					if (elements.length) {
						const key = data.keys[elements[0].index];
						window.location.href = ledger + '?overdue=true&' + params[dim] + '=' + encodeURIComponent(key);
					}
				},
				onHover: function (event, elements) { event.native.target.style.cursor = elements.length ? 'pointer' : 'default'; }
			}
		});
		canvas.chart = chart;
	});
	const trend = charts.trend;
	new Chart(document.getElementById('chart-trend'), {
		type: 'line',
		data: {
			labels: trend.labels,
			datasets: [
				{ label: '新增整改事项', data: trend.opened, borderColor: '#1f6feb', backgroundColor: '#1f6feb', tension: 0.2 },
				{ label: '销号', data: trend.signedOff, borderColor: '#2f6f3e', backgroundColor: '#2f6f3e', tension: 0.2 },
				{ label: '新增逾期', data: trend.overdue, borderColor: '#c62828', backgroundColor: '#c62828', tension: 0.2 }
			]
		},
		options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
	});
	document.querySelectorAll('table.clickable tbody tr[data-href]').forEach(function (row) {
		row.addEventListener('click', function () { window.location.href = row.dataset.href; });
	});
})();
