/**
 * Calibration of discourse indicator rates against human AAI coding on a lab's own transcripts:
 * rank correlations of each rate with each coded scale, and a cross-validated model of the coders'
 * secure versus insecure classification, read beside the human test-retest benchmark rather than as
 * a classifier of people.
 */
package org.securebase.core.calibration;
