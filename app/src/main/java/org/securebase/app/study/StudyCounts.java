package org.securebase.app.study;

/** Rows stored per table of a study, for the study page. */
public record StudyCounts(int infant, int aai, int questionnaires, int values) {}
