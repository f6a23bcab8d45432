package org.rectiflow.workbench;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rectiflow.common.Labels;

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

	/**
	 * Coded variables the forms' texts show, and the label kind that names their codes.
	 */
	private static final Map<String, String> CODED = Map.of("findingCategory", "category", "category", "category",
			"rectificationGrade", "grade", "evaluationVerdict", "verdict", "warningColour", "colour");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final FormExpressions expressions;

	private final Labels labels;

	FormText(FormExpressions expressions, Labels labels) {
		this.expressions = expressions;
		this.labels = labels;
	}

	String html(String template, Map<String, Object> variables) {
		if (template == null) {
			return "";
		}
		Matcher matcher = TEMPLATE.matcher(template);
		StringBuilder markdown = new StringBuilder();
		while (matcher.find()) {
			String expression = matcher.group(1).strip();
			Object value = this.expressions.evaluate(expression, variables);
			String text = named(expression, (value == null) ? "" : String.valueOf(value));
			matcher.appendReplacement(markdown, Matcher.quoteReplacement(literal(text)));
		}
		matcher.appendTail(markdown);
		return this.renderer.render(this.parser.parse(markdown.toString()));
	}

	/**
	 * Names, not codes: a template that shows a group or a coded variable as it is shows
	 * its name instead.
	 */
	private String named(String expression, String value) {
		if (value.isEmpty() || !IDENTIFIER.matcher(expression).matches()) {
			return value;
		}
		if (expression.endsWith("Group")) {
			return this.labels.group(value);
		}
		String kind = CODED.get(expression);
		return (kind != null) ? this.labels.of(kind, value) : value;
	}

	/** A value as markdown that renders as itself. */
	static String literal(String text) {
		return MARKDOWN_PUNCTUATION.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement("\\" + m.group()))
			.replace("\r", "")
			.replace("\n", " ");
	}

}
