package org.securebase.core.measure;

/**
 * A relationship that the same items are rated for (ECR-RS: mother, father, partner, best friend).
 *
 * @param id stable target id, used as the prefix of answer keys ({@code mother.1})
 * @param label short label for screens
 */
public record Target(String id, String label) {}
