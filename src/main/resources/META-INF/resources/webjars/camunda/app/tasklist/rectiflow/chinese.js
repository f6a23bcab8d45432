// Rectiflow's custom script for Camunda Tasklist (config.js customScripts), loaded as a module.
// The task forms (form-js) write their validation messages in English whatever the language; this
// rewrites them in Chinese as they appear. It also names the coded values Tasklist prints under
// each task (the filter variable 预警: RED -> 红, the ledger's names), since Tasklist shows a variable's raw value.
const MESSAGES = [
	[/^Field is required\.$/, () => '此项为必填项。'],
	[/^Field must have minimum length of (\d+)\.$/, (m) => '至少填写 ' + m[1] + ' 个字。'],
	[/^Field must have maximum length of (\d+)\.$/, (m) => '最多填写 ' + m[1] + ' 个字。'],
	[/^Field must have minimum value of (.+)\.$/, (m) => '不能小于 ' + m[1] + '。'],
	[/^Field must have maximum value of (.+)\.$/, (m) => '不能大于 ' + m[1] + '。'],
	[/^Field must match pattern (.+)\.$/, () => '格式不正确。'],
	[/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
	[/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码（如 +8613800000000）。']
];

const CODES = {
	NONE: '无',
	GREEN: '绿',
	YELLOW: '黄',
	RED: '红',
	ADMONISH: '约谈'
};

function translateErrors(root) {
	root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
		const text = item.textContent.trim();
		for (const [pattern, chinese] of MESSAGES) {
			const match = pattern.exec(text);
			if (match) {
				item.textContent = chinese(match);
				return;
			}
		}
	});
}

function nameCodes(root) {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const found = [];
	while (walker.nextNode()) {
		const node = walker.currentNode;
		const code = node.nodeValue.trim();
		if (Object.prototype.hasOwnProperty.call(CODES, code) && !node.parentElement.closest('input, textarea, .fjs-container')) {
			found.push(node);
		}
	}
	found.forEach((node) => {
		node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), CODES[node.nodeValue.trim()]);
	});
}

let scheduled = false;
function sweep() {
	scheduled = false;
	translateErrors(document);
	nameCodes(document.body);
}

new MutationObserver(() => {
	if (!scheduled) {
		scheduled = true;
		window.requestAnimationFrame(sweep);
	}
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

export default [];
