/**
 * Inter-rater reliability for AAI coding: percent agreement and Cohen's kappa for classifications,
 * and the Shrout and Fleiss intraclass correlations for scale scores, computed exactly as R's
 * {@code psych} package reports them so that a lab can check every figure against a
 * well-established implementation.
 */
package org.securebase.core.reliability;
