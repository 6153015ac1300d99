/**
 * Self-report measures over time: assignments, answering, scoring with the core's definitions,
 * Jacobson-Truax reliable change with every parameter shown, charts, PDF reports and FHIR export;
 * never evidence of earned security.
 */
package org.securebase.app.measure;
