package org.rectiflow.workflow;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The allow-list of what a model may run (issue 16 B1, decision 0019), checked on every
 * element and attribute of the XML, so that no place an expression can hide is forgotten:
 * a {@code delegateExpression} names a {@link ProcessBean process bean}; every other
 * expression passes {@link ExpressionRules}; there is no script (task, listener, mapping,
 * condition, external resource), no {@code camunda:class}, no connector, no external task
 * and no {@code formKey} or generated form (only {@code formRef} Camunda Forms).
 */
final class CodeChecks {

	static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

	private static final Pattern BEAN_ONLY = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

	/** Elements that run code or show HTML, by local name. */
	private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "connector", "formData",
			"formProperty");

	/** camunda: attributes that name Java classes, scripts, resources or HTML forms. */
	private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "formKey", "formHandlerClass", "resource",
			"scriptFormat", "type", "variableMappingClass", "topic");

	/** Elements only people read. */
	private static final Set<String> NOT_RUN = Set.of("documentation", "text", "BPMNDiagram");

	/** camunda: attributes that must name a process bean. */
	private static final Set<String> BEAN_ATTRIBUTES = Set.of("delegateExpression",
			"variableMappingDelegateExpression");

	private final ProcessBeans beans;

	private final ExpressionRules expressions;

	CodeChecks(ProcessBeans beans) {
		this.beans = beans;
		this.expressions = new ExpressionRules(beans);
	}

	void check(BpmnModelInstance model, List<GateProblem> problems) {
		Node root = model.getDocument().getDomSource().getNode();
		Element element = (root instanceof Element e) ? e : ((org.w3c.dom.Document) root).getDocumentElement();
		walk(element, problems);
	}

	private void walk(Element element, List<GateProblem> problems) {
		String name = local(element);
		if (NOT_RUN.contains(name)) {
			return;
		}
		if (FORBIDDEN_ELEMENTS.contains(name)) {
			refuse(element, "含有 " + name + "（本系统不运行模型中的脚本、连接器，也不使用内嵌或生成的表单） / contains " + name
					+ ", which this application does not run: no scripts, connectors, embedded or generated forms",
					problems);
		}
		if (element.hasAttribute("language")) {
			refuse(element, "使用了脚本语言 " + element.getAttribute("language") + " / uses script language "
					+ element.getAttribute("language"), problems);
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			checkAttribute(element, (Attr) attributes.item(i), problems);
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element nested) {
				walk(nested, problems);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				checkExpression(element, child.getNodeValue(), problems);
			}
		}
	}

	private void checkAttribute(Element element, Attr attribute, List<GateProblem> problems) {
		String name = local(attribute);
		// an attribute without prefix on a camunda: element (a listener's class) is
		// camunda's
		boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
				|| (attribute.getNamespaceURI() == null && CAMUNDA.equals(element.getNamespaceURI()));
		if (camunda && FORBIDDEN_ATTRIBUTES.contains(name)) {
			refuse(element,
					"使用了 camunda:" + name + "（只允许委托表达式指向流程 Bean、表单只用 formRef） / uses camunda:" + name
							+ "; only delegate expressions naming a process bean and formRef forms are allowed",
					problems);
		}
		else if (camunda && BEAN_ATTRIBUTES.contains(name)) {
			checkBean(element, attribute.getValue(), problems);
		}
		else {
			checkExpression(element, attribute.getValue(), problems);
		}
	}

	private void checkBean(Element element, String value, List<GateProblem> problems) {
		Matcher bean = BEAN_ONLY.matcher(value.trim());
		if (!bean.matches()) {
			refuse(element,
					"委托表达式 " + value + " 必须是 ${流程Bean名} / the delegate expression " + value + " must be ${processBean}",
					problems);
		}
		else if (!this.beans.contains(bean.group(1))) {
			refuse(element,
					"引用的 Bean " + bean.group(1) + " 不是应用的流程 Bean（可用：" + String.join(", ", this.beans.names())
							+ "） / calls bean " + bean.group(1) + ", which the application does not offer to models",
					problems);
		}
	}

	private void checkExpression(Element element, String text, List<GateProblem> problems) {
		if (!ExpressionRules.isExpression(text)) {
			return;
		}
		for (String problem : this.expressions.problems(text.trim())) {
			refuse(element, problem, problems);
		}
	}

	private static void refuse(Element element, String message, List<GateProblem> problems) {
		Element owner = element;
		while (owner != null && !owner.hasAttribute("id")) {
			owner = (owner.getParentNode() instanceof Element parent) ? parent : null;
		}
		String id = (owner != null) ? owner.getAttribute("id") : null;
		String name = (owner != null && owner.hasAttribute("name")) ? owner.getAttribute("name") : id;
		problems.add(new GateProblem("「" + name + "」" + message, id));
	}

	private static String local(Node node) {
		return (node.getLocalName() != null) ? node.getLocalName() : node.getNodeName();
	}

}
