package org.rectiflow.processadmin;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Camunda's migration validation messages in Chinese, each with the original English in
 * parentheses (the original is what Camunda's documentation and forum know).
 */
final class MigrationFailures {

	private static final List<Translation> TRANSLATIONS = List.of(
			new Translation("There is no migration instruction for this instance's activity",
					"该实例正停在的环节在迁移计划中没有对应项（新版本删除了它或改了 id）"),
			new Translation("Activities have incompatible types", "新旧版本中同一 id 的环节类型不兼容"),
			new Translation("Events are not of the same type", "新旧版本中同一 id 的事件类型不同"),
			new Translation("Cannot update event trigger", "该环节没有可以更新的事件触发器（定时器、消息等）"),
			new Translation("Conditional event has to migrate with update event trigger", "条件事件必须随迁移更新触发器"),
			new Translation("Target activity is not asyncBefore", "目标环节不是“异步开始”，而实例正停在异步开始处"),
			new Translation("Target activity is not asyncAfter", "目标环节不是“异步结束”，而实例正停在异步结束处"),
			new Translation("event scope", "边界事件所附着的环节也必须一起映射"),
			new Translation("closest mapped ancestor", "环节在新版本中换了所属的子流程，层级对不上"),
			new Translation("must be mapped", "所在的子流程（作用域）也必须映射"),
			new Translation("not supported for activity instance migration", "这种类型的环节不支持迁移"),
			new Translation("Transition instance", "实例正停在异步连线上，新版本中无法对应"),
			new Translation("multi-instance", "多实例环节与其内部环节必须一起映射"),
			new Translation("There are multiple mappings", "同一个环节有多条映射"),
			new Translation("gateway", "网关的映射不满足要求（入口连线数或所在范围）"), new Translation("compensation", "补偿处理环节没有对应的映射"),
			new Translation("exists in both, this scope and concurrent local", "变量在两个作用域中同名，迁移会覆盖其中一个"),
			new Translation("has different process definition", "该实例不属于迁移的源版本"),
			new Translation("is not an instance of", "该实例不属于迁移的源版本"));

	private MigrationFailures() {
	}

	/** A Camunda failure message in Chinese, the original kept in parentheses. */
	static String chinese(String failure) {
		if (failure == null) {
			return "";
		}
		for (Translation translation : TRANSLATIONS) {
			if (translation.pattern().matcher(failure).find()) {
				return translation.chinese() + "（" + failure + "）";
			}
		}
		return failure;
	}

	private record Translation(Pattern pattern, String chinese) {

		Translation(String fragment, String chinese) {
			this(Pattern.compile(Pattern.quote(fragment), Pattern.CASE_INSENSITIVE), chinese);
		}

	}

}
