/**
 * Self-report measures as versioned data: instrument definitions, scoring with published keys and
 * the missing-data rule, and Jacobson-Truax reliable change; a score here describes current
 * self-report and is never evidence of earned security or of any interview classification.
 */
package org.securebase.core.measure;
