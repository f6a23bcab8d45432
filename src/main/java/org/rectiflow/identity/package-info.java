/**
 * Identity and access: the county's departments and their Camunda groups, users, single
 * sign-on between the application and the Camunda webapps, and the caller of a request
 * ({@link org.rectiflow.identity.CurrentUser}) with its scope. Other modules read
 * departments through {@link org.rectiflow.identity.Departments}. See
 * {@code docs/decisions/0005-identity-and-security.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "cluster", "common" })
package org.rectiflow.identity;
