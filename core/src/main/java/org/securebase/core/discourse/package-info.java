/**
 * The discourse-indicator engine: it finds named discourse features (lack of recall, unsupported
 * positive words, involving anger, lapses during talk of a loss, reflective statements and more) in
 * a transcript, each with the exact span of words that shows it, for a trained coder to weigh; it
 * never classifies a person.
 */
package org.securebase.core.discourse;
