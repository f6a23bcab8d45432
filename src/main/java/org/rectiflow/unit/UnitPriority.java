package org.rectiflow.unit;

/** 重点 / 一般: decides the inspection mode and the minimum days on site. */
public enum UnitPriority {

	KEY, ORDINARY

}
