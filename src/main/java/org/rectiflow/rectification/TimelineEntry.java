package org.rectiflow.rectification;

import java.time.Instant;

/**
 * One line of an item's timeline: when, who, what (in Chinese), and why.
 *
 * @param at when it happened
 * @param who the user id, or {@code null} for the system (timers, automatic steps)
 * @param whoName the user's name, or 系统
 * @param what what happened
 * @param why the reason, comment or content given, if any
 * @param source where the line comes from: {@code PROCESS}, {@code TASK},
 * {@code OPERATION}, {@code COMMENT} (Camunda history) or {@code RECORD} (the ledger's
 * tables)
 */
public record TimelineEntry(Instant at, String who, String whoName, String what, String why, String source) {

}
