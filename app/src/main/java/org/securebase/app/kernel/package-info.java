/**
 * The small kernel every feature may depend on: the signed-in person and their role, the three
 * exceptions that become 400, 404 and 409, and the application's one clock. It imports nothing of
 * the application, so it can never take part in a package cycle.
 */
package org.securebase.app.kernel;
