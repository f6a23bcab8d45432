package org.rectiflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What changed between two versions of a model, element by element (matched by id): the
 * elements added, removed, and, for the elements in both, each property that differs —
 * those a process administrator changes and the application depends on: name, type,
 * routing (candidate groups, assignee), form, due date, timers, delegates and listeners,
 * messages, conditions, and a flow's source and target. Labels are Chinese.
 */
final class ModelDiff {

	private static final String CAMUNDA = BpmnModelConstants.CAMUNDA_NS;

	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("process", "流程"),
			Map.entry("userTask", "用户任务"), Map.entry("serviceTask", "服务任务"), Map.entry("sendTask", "发送任务"),
			Map.entry("receiveTask", "接收任务"), Map.entry("scriptTask", "脚本任务"), Map.entry("businessRuleTask", "业务规则任务"),
			Map.entry("manualTask", "手工任务"), Map.entry("task", "任务"), Map.entry("callActivity", "调用活动"),
			Map.entry("subProcess", "子流程"), Map.entry("transaction", "事务子流程"), Map.entry("startEvent", "开始事件"),
			Map.entry("endEvent", "结束事件"), Map.entry("intermediateCatchEvent", "中间捕获事件"),
			Map.entry("intermediateThrowEvent", "中间抛出事件"), Map.entry("boundaryEvent", "边界事件"),
			Map.entry("exclusiveGateway", "排他网关"), Map.entry("parallelGateway", "并行网关"),
			Map.entry("inclusiveGateway", "包容网关"), Map.entry("eventBasedGateway", "事件网关"),
			Map.entry("complexGateway", "复杂网关"), Map.entry("sequenceFlow", "顺序流"));

	private ModelDiff() {
	}

	/** The differences from {@code older} to {@code newer}, each given as BPMN XML. */
	static Result between(byte[] older, byte[] newer) {
		return between(read(older), read(newer));
	}

	static Result between(BpmnModelInstance older, BpmnModelInstance newer) {
		Map<String, Element> before = elements(older);
		Map<String, Element> after = elements(newer);
		List<Element> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (Element element : after.values()) {
			Element earlier = before.get(element.id());
			if (earlier == null) {
				added.add(element);
			}
			else {
				List<PropertyChange> differences = differences(earlier, element);
				if (!differences.isEmpty()) {
					changed.add(new Change(element.id(), element.label(), element.type(), differences));
				}
			}
		}
		List<Element> removed = before.values().stream().filter((e) -> !after.containsKey(e.id())).toList();
		return new Result(added, removed, changed);
	}

	private static BpmnModelInstance read(byte[] xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
	}

	private static List<PropertyChange> differences(Element before, Element after) {
		List<PropertyChange> changes = new ArrayList<>();
		List<String> labels = new ArrayList<>(after.properties().keySet());
		before.properties().keySet().stream().filter((label) -> !labels.contains(label)).forEach(labels::add);
		for (String label : labels) {
			String old = before.properties().get(label);
			String now = after.properties().get(label);
			if (!Objects.equals(old, now)) {
				changes.add(new PropertyChange(label, old, now));
			}
		}
		return changes;
	}

	/** Every process and flow element of a model, by id, in document order. */
	static Map<String, Element> elements(BpmnModelInstance model) {
		Map<String, Element> elements = new LinkedHashMap<>();
		for (Process process : model.getModelElementsByType(Process.class)) {
			Map<String, String> properties = new LinkedHashMap<>();
			put(properties, "类型", TYPES.get("process"));
			put(properties, "名称", process.getName());
			put(properties, "历史保留期", process.getCamundaHistoryTimeToLiveString());
			put(properties, "版本标签", process.getCamundaVersionTag());
			put(properties, "候选发起组", process.getCamundaCandidateStarterGroups());
			put(properties, "执行监听器", listeners(process));
			elements.put(process.getId(), new Element(process.getId(), process.getName(), "流程", properties));
		}
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if (element.getId() != null) {
				elements.put(element.getId(), element(element));
			}
		}
		return elements;
	}

	private static Element element(FlowElement element) {
		String typeName = element.getElementType().getTypeName();
		String type = TYPES.getOrDefault(typeName, typeName);
		if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
			type = "事件子流程";
		}
		Map<String, String> p = new LinkedHashMap<>();
		put(p, "类型", type);
		put(p, "名称", element.getName());
		if (element.getParentElement() instanceof SubProcess parent) {
			put(p, "所属子流程", parent.getId());
		}
		put(p, "候选组", camunda(element, "candidateGroups"));
		put(p, "候选人", camunda(element, "candidateUsers"));
		put(p, "办理人", camunda(element, "assignee"));
		put(p, "表单", form(element));
		put(p, "表单键", camunda(element, "formKey"));
		put(p, "到期日", camunda(element, "dueDate"));
		put(p, "跟进日期", camunda(element, "followUpDate"));
		put(p, "优先级", camunda(element, "priority"));
		put(p, "委托表达式", camunda(element, "delegateExpression"));
		put(p, "实现类", camunda(element, "class"));
		put(p, "表达式", camunda(element, "expression"));
		put(p, "外部任务主题", camunda(element, "topic"));
		put(p, "结果变量", camunda(element, "resultVariable"));
		put(p, "任务监听器", taskListeners(element));
		put(p, "执行监听器", listeners(element));
		if (element instanceof Activity activity) {
			put(p, "默认流", (activity.getDefault() != null) ? activity.getDefault().getId() : null);
			if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
				put(p, "多实例", (mi.isSequential() ? "串行" : "并行") + " 集合="
						+ Objects.toString(mi.getCamundaCollection(), "") + " 元素变量="
						+ Objects.toString(mi.getCamundaElementVariable(), "") + " 完成条件="
						+ ((mi.getCompletionCondition() != null) ? mi.getCompletionCondition().getTextContent() : ""));
			}
		}
		if (element instanceof ExclusiveGateway gateway && gateway.getDefault() != null) {
			put(p, "默认流", gateway.getDefault().getId());
		}
		if (element instanceof InclusiveGateway gateway && gateway.getDefault() != null) {
			put(p, "默认流", gateway.getDefault().getId());
		}
		if (element instanceof CallActivity call) {
			put(p, "调用流程", call.getCalledElement());
		}
		if (element instanceof ReceiveTask receive && receive.getMessage() != null) {
			put(p, "消息", receive.getMessage().getName());
		}
		if (element instanceof BoundaryEvent boundary) {
			put(p, "附着于", (boundary.getAttachedTo() != null) ? boundary.getAttachedTo().getId() : null);
			put(p, "中断", boundary.cancelActivity() ? "是" : "否");
		}
		if (element instanceof Event event) {
			events(event, p);
		}
		if (element instanceof SequenceFlow flow) {
			put(p, "来源", (flow.getSource() != null) ? flow.getSource().getId() : null);
			put(p, "目标", (flow.getTarget() != null) ? flow.getTarget().getId() : null);
			put(p, "条件",
					(flow.getConditionExpression() != null) ? flow.getConditionExpression().getTextContent() : null);
		}
		put(p, "异步开始", "true".equals(camunda(element, "asyncBefore")) || "true".equals(camunda(element, "async")) ? "是"
				: null);
		put(p, "异步结束", "true".equals(camunda(element, "asyncAfter")) ? "是" : null);
		return new Element(element.getId(), element.getName(), type, p);
	}

	private static void events(Event event, Map<String, String> p) {
		Collection<EventDefinition> definitions = event.getChildElementsByType(EventDefinition.class);
		for (EventDefinition definition : definitions) {
			if (definition instanceof TimerEventDefinition timer) {
				if (timer.getTimeDate() != null) {
					put(p, "定时器（日期）", timer.getTimeDate().getTextContent());
				}
				if (timer.getTimeDuration() != null) {
					put(p, "定时器（时长）", timer.getTimeDuration().getTextContent());
				}
				if (timer.getTimeCycle() != null) {
					put(p, "定时器（周期）", timer.getTimeCycle().getTextContent());
				}
			}
			else if (definition instanceof MessageEventDefinition message) {
				put(p, "消息", (message.getMessage() != null) ? message.getMessage().getName() : "（未指定）");
			}
			else if (definition instanceof SignalEventDefinition signal) {
				put(p, "信号", (signal.getSignal() != null) ? signal.getSignal().getName() : "（未指定）");
			}
			else if (definition instanceof ErrorEventDefinition error) {
				put(p, "错误码", (error.getError() != null) ? error.getError().getErrorCode() : "（任意错误）");
			}
			else if (definition instanceof ConditionalEventDefinition conditional) {
				put(p, "条件", (conditional.getCondition() != null) ? conditional.getCondition().getTextContent() : null);
			}
			else {
				String name = definition.getElementType().getTypeName();
				put(p, "事件定义", name);
			}
		}
	}

	private static String form(FlowElement element) {
		String ref = camunda(element, "formRef");
		if (ref == null) {
			return null;
		}
		String binding = camunda(element, "formRefBinding");
		String version = camunda(element, "formRefVersion");
		return ref + " (" + ((binding != null) ? binding : "latest") + ((version != null) ? " " + version : "") + ")";
	}

	private static String taskListeners(ModelElementInstance element) {
		if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
			return null;
		}
		String listeners = base.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaTaskListener.class)
			.list()
			.stream()
			.map((listener) -> listener.getCamundaEvent() + ": "
					+ implementation(listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
							listener.getCamundaExpression()))
			.collect(Collectors.joining("；"));
		return listeners.isEmpty() ? null : listeners;
	}

	private static String listeners(ModelElementInstance element) {
		if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
			return null;
		}
		String listeners = base.getExtensionElements()
			.getElementsQuery()
			.filterByType(CamundaExecutionListener.class)
			.list()
			.stream()
			.map((listener) -> listener.getCamundaEvent() + ": "
					+ implementation(listener.getCamundaDelegateExpression(), listener.getCamundaClass(),
							listener.getCamundaExpression()))
			.collect(Collectors.joining("；"));
		return listeners.isEmpty() ? null : listeners;
	}

	private static String implementation(String delegateExpression, String className, String expression) {
		if (delegateExpression != null) {
			return delegateExpression;
		}
		return (className != null) ? className : Objects.toString(expression, "");
	}

	private static String camunda(ModelElementInstance element, String attribute) {
		String value = element.getAttributeValueNs(CAMUNDA, attribute);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static void put(Map<String, String> properties, String label, String value) {
		if (value != null && !value.isBlank()) {
			properties.put(label, value.strip());
		}
	}

	/** One element of a model with the properties compared. */
	record Element(String id, String name, String type, Map<String, String> properties) {

		/** The name, or the id for an unnamed element. */
		public String label() {
			return (this.name != null && !this.name.isBlank()) ? this.name : this.id;
		}

	}

	/** One property that differs; {@code before} or {@code after} is null when absent. */
	record PropertyChange(String label, String before, String after) {

	}

	/** An element present in both versions whose properties differ. */
	record Change(String id, String name, String type, List<PropertyChange> properties) {

	}

	/** The differences between two versions. */
	record Result(List<Element> added, List<Element> removed, List<Change> changed) {

		public boolean isEmpty() {
			return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty();
		}

	}

}
