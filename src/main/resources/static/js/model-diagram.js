// bpmn-js viewers of the process console (processadmin/diagram.html): data-xml, data-added, data-changed.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-xml]').forEach(function (container) {
		var viewer = new BpmnJS({ container: container });
		fetch(container.dataset.xml, { credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) { throw new Error('HTTP ' + response.status); }
				return response.text();
			})
			.then(function (xml) { return viewer.importXML(xml); })
			.then(function () {
				var canvas = viewer.get('canvas');
				canvas.zoom('fit-viewport');
				var registry = viewer.get('elementRegistry');
				['added', 'changed'].forEach(function (kind) {
					(container.dataset[kind] || '').split(',').filter(Boolean).forEach(function (id) {
						if (registry.get(id)) { canvas.addMarker(id, 'diff-' + kind); }
					});
				});
				container.dataset.loaded = 'true';
			})
			.catch(function (error) {
				container.textContent = '流程图无法显示：' + error.message;
				container.dataset.loaded = 'error';
			});
	});
});
