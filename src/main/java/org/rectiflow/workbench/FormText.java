package org.rectiflow.workbench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * The text components of Camunda Forms: FEEL templates filled with the task's variables,
 * each value escaped as literal markdown, then markdown rendered with raw HTML escaped
 * and unsafe links removed, so that no variable and no form can inject markup.
 */
@Component
class FormText {

	private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!<>|~&\"']");

	private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final FormExpressions expressions;

	FormText(FormExpressions expressions) {
		this.expressions = expressions;
	}

	String html(String template, Map<String, Object> variables) {
		if (template == null) {
			return "";
		}
		Matcher matcher = TEMPLATE.matcher(template);
		StringBuilder markdown = new StringBuilder();
		while (matcher.find()) {
			Object value = this.expressions.evaluate(matcher.group(1).strip(), variables);
			String text = (value == null) ? "" : String.valueOf(value);
			matcher.appendReplacement(markdown, Matcher.quoteReplacement(literal(text)));
		}
		matcher.appendTail(markdown);
		return this.renderer.render(this.parser.parse(markdown.toString()));
	}

	/** A value as markdown that renders as itself. */
	static String literal(String text) {
		return MARKDOWN_PUNCTUATION.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement("\\" + m.group()))
			.replace("\r", "")
			.replace("\n", " ");
	}

}
