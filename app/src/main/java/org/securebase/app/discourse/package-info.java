/**
 * The command-line face of the discourse-indicator engine: it analyzes transcript files without
 * starting the web application.
 */
package org.securebase.app.discourse;
