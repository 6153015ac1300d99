/**
 * The pages that bring several features together (the client's home, the clinician's caseload, a
 * client's page): each reads what it shows from the features' public services in one read-only
 * transaction and hands it to its template, which only displays it.
 */
package org.securebase.app.home;
