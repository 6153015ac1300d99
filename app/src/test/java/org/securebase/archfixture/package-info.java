/**
 * Planted violations of the house rules, so that {@code ArchitectureTest} can show every rule
 * failing when broken. Test code only; never part of the application.
 */
package org.securebase.archfixture;
