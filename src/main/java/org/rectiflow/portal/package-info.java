/**
 * Portal: the home page with the doors a user may open, and the login page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {})
package org.rectiflow.portal;
