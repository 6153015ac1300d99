/**
 * The science of Adult Attachment Interview codings: scales, classifications, coder consistency
 * checks, and the retrospective and prospective definitions of earned security, each kept separate
 * and each result carrying the rule and parameters that produced it.
 */
package org.securebase.core.attachment;
