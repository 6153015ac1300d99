/**
 * REDCap's file formats, read and written without REDCap: the data dictionary (one row per field,
 * eighteen named columns) and the "raw" record export (one row per record and event, choice codes
 * rather than labels), translated to and from a SecureBase study's own dictionary, waves,
 * participants and values.
 *
 * <p>The formats follow REDCap's data dictionary and data import documentation (Harris et al. 2009,
 * J Biomed Inform 42:377-381, describe the system; the column names are those of REDCap's "Download
 * the current Data Dictionary" file). Nothing here touches a database or the web.
 */
package org.securebase.core.redcap;
