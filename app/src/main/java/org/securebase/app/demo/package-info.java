/**
 * Every demo and load-test seed: synthetic people and records written by the SecureBase team,
 * stored through the features' public services so the same rules, encryption and audit apply. The
 * demo depends on the features; no feature depends on the demo.
 */
package org.securebase.app.demo;
