/**
 * Inbox (待办 / 已办): each department works its own tasks in Camunda Tasklist, through the
 * Chinese filters and least-privilege grants this module sets up
 * ({@link org.rectiflow.inbox.InboxSetup}), and sees what it has done on the console page
 * {@code /inbox/done} (已办), which Tasklist does not have. 已办 is read from Camunda's
 * history; see {@code docs/decisions/0010-inbox-done-and-browser-tests.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
		allowedDependencies = { "calendar", "cluster", "common", "identity" })
package org.rectiflow.inbox;
