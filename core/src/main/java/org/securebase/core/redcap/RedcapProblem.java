package org.securebase.core.redcap;

/**
 * Why a row or column of a REDCap file cannot be taken, named as a researcher sees it in a
 * spreadsheet: the line (the header is line 1) and REDCap's own column name.
 */
public record RedcapProblem(int line, String column, String message) {}
