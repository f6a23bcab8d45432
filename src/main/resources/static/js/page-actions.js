// Small page actions without inline handlers (the Content-Security-Policy runs no inline script):
// <button data-print> prints the page, <form data-confirm="…"> asks before it is sent, <a data-back> goes back.
document.addEventListener('click', function (event) {
	const print = event.target.closest('[data-print]');
	if (print) {
		window.print();
	}
	const back = event.target.closest('[data-back]');
	if (back) {
		event.preventDefault();
		history.back();
	}
});
document.addEventListener('submit', function (event) {
	const form = event.target.closest('form[data-confirm]');
	if (form && !window.confirm(form.dataset.confirm)) {
		event.preventDefault();
	}
});
