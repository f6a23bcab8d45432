/**
 * Shared building blocks every module may use: the business clock
 * ({@link org.rectiflow.common.BusinessDate}), labels and times for pages
 * ({@link org.rectiflow.common.Labels}, {@link org.rectiflow.common.Times}), the errors
 * that become HTTP 4xx answers, paging, spreadsheets and process-variable parsing. It
 * depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Common", allowedDependencies = {})
package org.rectiflow.common;
