package org.rectiflow.unit;

/**
 * Published in the registering transaction when a unit is created, so that its Camunda
 * group exists as soon as the unit does.
 */
public record UnitRegistered(String code, String name, UnitKind kind, String groupId, String townshipGroupId) {

}
