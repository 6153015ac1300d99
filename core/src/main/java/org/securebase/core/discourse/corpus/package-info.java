/**
 * The labelled development corpus of the discourse engine and its measurement: corpus items with
 * the indicator spans a coder expects (written inline as bracket markup and converted to character
 * offsets), and per-indicator precision, recall and F1 of the engine and of a dictionary-count
 * baseline against them, so that accuracy is a measured property rather than a claim.
 */
package org.securebase.core.discourse.corpus;
