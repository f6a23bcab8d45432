package org.rectiflow.common;

/**
 * What an accepted import did. Re-importing the same file answers with only
 * {@code unchanged}.
 *
 * @param created rows that made a new record
 * @param updated rows that changed an existing record
 * @param unchanged rows identical to an existing record
 */
public record ImportResult(int created, int updated, int unchanged) {

}
