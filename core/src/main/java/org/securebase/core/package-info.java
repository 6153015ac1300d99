/**
 * The science of SecureBase, free of any framework so that it can be tested and reused anywhere.
 */
package org.securebase.core;
