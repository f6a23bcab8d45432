// a notification of a letter opens the item at that letter (?letter=…#letter-…): the panel arrives by htmx, so scroll once it is there
document.body.addEventListener('htmx:afterSwap', function () {
	const opened = document.querySelector('#supervision-actions .letter-opened');
	if (opened && !opened.dataset.shown) { opened.dataset.shown = 'true'; opened.scrollIntoView({ block: 'center' }); }
});
// The item page's process diagram with the current step highlighted (console/item.html).
(function () {
	const container = document.getElementById('diagram');
	const status = document.getElementById('diagram-status');
	fetch(container.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
		.then(function (response) {
			if (!response.ok) { throw new Error('HTTP ' + response.status); }
			return response.json();
		})
		.then(function (diagram) {
			const viewer = new BpmnJS({ container: container });
			return viewer.importXML(diagram.xml).then(function () {
				const canvas = viewer.get('canvas');
				const registry = viewer.get('elementRegistry');
				canvas.zoom('fit-viewport');
				const shown = [];
				diagram.activeActivityIds.forEach(function (id) {
					const element = registry.get(id);
					if (element && element.type !== 'bpmn:Process' && element.type !== 'bpmn:SubProcess') {
						canvas.addMarker(id, 'highlight');
						shown.push(element.businessObject.name || id);
					}
				});
				container.dataset.highlighted = shown.length;
				status.textContent = (diagram.running ? '当前步骤：' : '流程已结束：') + (shown.length ? shown.join('、') : '—');
			});
		})
		.catch(function (error) {
			status.textContent = '流程图无法显示（' + error.message + '）';
		});
})();
