/**
 * The psychoeducation library: short articles in which every sentence names its source from the
 * evidence library, or says that it is the team's editorial voice.
 */
package org.securebase.app.library;
