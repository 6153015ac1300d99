/**
 * JMH benchmarks of the discourse analyzer against the floor of OpenNLP sentence detection and
 * tokenization on the same text.
 */
package org.securebase.benchmarks;
