package org.rectiflow.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What an expression in a model may do, judged on its parsed JUEL tree (not on its text):
 * read variables, compare and combine them, call Camunda's date and user functions, and
 * call a public method of a {@link ProcessBeans process bean}. Nothing else: no property
 * of an object, no method of a variable or of a literal (so no {@code getClass}), no
 * other bean of the application.
 */
final class ExpressionRules {

	/** The functions Camunda itself offers in expressions, which reach no object. */
	static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

	/**
	 * The only properties an expression may read of an object: the ids of the execution
	 * it runs in (a call activity passes its business key on with
	 * {@code #{execution.processBusinessKey}}).
	 */
	static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "processInstanceId", "businessKey");

	private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

	private final ProcessBeans beans;

	ExpressionRules(ProcessBeans beans) {
		this.beans = beans;
	}

	static boolean isExpression(String text) {
		return text != null && (text.contains("${") || text.contains("#{"));
	}

	/** Why this expression may not run; empty when it may. */
	List<String> problems(String expression) {
		List<String> problems = new ArrayList<>();
		Node root;
		try {
			root = PARSER.build(expression).getRoot();
		}
		catch (TreeBuilderException ex) {
			problems.add("表达式 " + expression + " 无法解析 / the expression does not parse: " + ex.getMessage());
			return problems;
		}
		check(root, expression, problems);
		return problems;
	}

	private void check(Node node, String expression, List<String> problems) {
		if (node instanceof AstMethod) {
			checkMethod(node, expression, problems);
			return;
		}
		if (node instanceof AstDot dot && isExecutionId(dot)) {
			return;
		}
		if (node instanceof AstProperty) {
			problems.add("表达式 " + expression + " 读取了对象的属性（只允许读取变量、调用流程 Bean 的方法） / " + expression
					+ " reads a property of an object; expressions may only read variables and call process beans");
			return;
		}
		if (node instanceof AstFunction function && !FUNCTIONS.contains(function.getName())) {
			problems.add("表达式 " + expression + " 调用了不允许的函数 " + function.getName() + " / " + expression
					+ " calls function " + function.getName() + ", which is not allowed");
			return;
		}
		if (node instanceof AstIdentifier identifier && this.beans.isOtherBean(identifier.getName())) {
			problems.add("表达式 " + expression + " 引用了应用的 Bean " + identifier.getName() + "，它不是流程 Bean / " + expression
					+ " names bean " + identifier.getName() + ", which is not a process bean");
			return;
		}
		if (!allowed(node)) {
			problems.add("表达式 " + expression + " 含有不支持的写法 / " + expression + " uses a construct that is not allowed");
			return;
		}
		for (int i = 0; i < node.getCardinality(); i++) {
			check(node.getChild(i), expression, problems);
		}
	}

	private void checkMethod(Node method, String expression, List<String> problems) {
		Node target = method.getChild(0);
		Node bean = (target instanceof AstDot) ? target.getChild(0) : null;
		String name = (target instanceof AstDot) ? target.toString().substring(2).trim() : "?";
		if (!(bean instanceof AstIdentifier identifier) || !this.beans.contains(identifier.getName())) {
			problems.add("表达式 " + expression + " 调用了 " + name + "()，只允许调用流程 Bean 的方法（"
					+ String.join(", ", this.beans.names()) + "） / " + expression + " calls " + name
					+ "() on something that is not a process bean");
			return;
		}
		if (!this.beans.methods(identifier.getName()).contains(name)) {
			problems.add("表达式 " + expression + " 调用了流程 Bean " + identifier.getName() + " 没有的方法 " + name + "（可用："
					+ String.join(", ", this.beans.methods(identifier.getName())) + "） / " + expression
					+ ": process bean " + identifier.getName() + " has no method " + name);
			return;
		}
		check(method.getChild(1), expression, problems);
	}

	private static boolean isExecutionId(AstDot dot) {
		return dot.getChild(0) instanceof AstIdentifier identifier && "execution".equals(identifier.getName())
				&& EXECUTION_PROPERTIES.contains(dot.toString().substring(2).trim());
	}

	private static boolean allowed(Node node) {
		return node instanceof AstEval || node instanceof AstComposite || node instanceof AstText
				|| node instanceof AstString || node instanceof AstNumber || node instanceof AstBoolean
				|| node instanceof AstNull || node instanceof AstNested || node instanceof AstBinary
				|| node instanceof AstUnary || node instanceof AstChoice || node instanceof AstIdentifier
				|| node instanceof AstFunction || node instanceof AstParameters;
	}

}
