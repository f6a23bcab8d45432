// The round page (templates/round/round.html), without inline handlers (the Content-Security-Policy
// runs no inline script): <button data-check-all="selector"> ticks every checkbox the selector finds.
document.addEventListener('click', function (event) {
	const button = event.target.closest('[data-check-all]');
	if (button) {
		document.querySelectorAll(button.dataset.checkAll).forEach(function (box) {
			box.checked = true;
		});
	}
});
