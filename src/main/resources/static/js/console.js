// The console's small behaviours, without a framework:
// - on a phone the 菜单 button folds the menu open and shut (Bootstrap's .collapse/.show classes);
// - every table's cells learn their column's heading (data-label), which the phone's card layout
//   (rectiflow.css, below 576 px) prints before each value;
// - a menu badge whose source does not answer (e.g. 404) shows nothing.
(function () {
	function labelCells(root) {
		(root.querySelectorAll ? root : document).querySelectorAll('table').forEach(function (table) {
			var heads = table.querySelectorAll('thead tr:first-child th');
			if (heads.length === 0) {
				return;
			}
			var names = [];
			heads.forEach(function (th) {
				var span = parseInt(th.getAttribute('colspan') || '1', 10);
				for (var i = 0; i < span; i++) {
					names.push(th.textContent.trim());
				}
			});
			table.querySelectorAll('tbody tr').forEach(function (row) {
				var column = 0;
				Array.prototype.forEach.call(row.children, function (cell) {
					if (!cell.hasAttribute('data-label') && names[column]) {
						cell.setAttribute('data-label', names[column]);
					}
					column += parseInt(cell.getAttribute('colspan') || '1', 10);
				});
			});
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		var toggle = document.getElementById('menu-toggle');
		var menu = document.getElementById('main-menu');
		if (toggle && menu) {
			toggle.addEventListener('click', function () {
				var open = menu.classList.toggle('show');
				toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
			});
		}
		labelCells(document);
	});
	document.addEventListener('htmx:afterSettle', function (event) {
		labelCells(event.target && event.target.closest ? (event.target.closest('table') || event.target) : document);
	});
	document.addEventListener('htmx:responseError', function (event) {
		var target = event.detail && event.detail.target;
		if (target && target.closest && target.closest('.console-header')) {
			target.innerHTML = '';
		}
	});
})();

// The workbench answers a refused action (4xx) with a Chinese message for its panel: show it
document.addEventListener('htmx:beforeSwap', function (event) {
	var status = event.detail.xhr.status;
	var path = (event.detail.requestConfig && event.detail.requestConfig.path) || '';
	if (status >= 400 && status < 500 && path.indexOf('/workbench') === 0) {
		event.detail.shouldSwap = true;
		event.detail.isError = false;
	}
});
