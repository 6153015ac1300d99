/**
 * A guard against protected health information in text meant for the shared library: it finds the
 * identifiers of the HIPAA Safe Harbor list (45 CFR 164.514(b)(2)) and first-person clinical
 * anecdotes that carry quasi-identifiers, so the app can refuse the text before storing it. It is
 * an aid, not a guarantee: what it does not find may still identify someone.
 */
package org.securebase.core.phi;
