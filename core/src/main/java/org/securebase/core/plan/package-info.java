/**
 * Treatment-plan arithmetic: the seven SMART objective templates for work towards earned security,
 * the rule that says whether an objective is on track, behind, met or lapsed, and the sentence
 * pattern of a progress-note draft.
 */
package org.securebase.core.plan;
