/**
 * The library as a reviewed clinical wiki: versioned articles with stable sentence ids, sourced
 * suggestions checked by the core's PHI guard before anything is stored, an editors' review queue,
 * the suggester's approval before publication, upvotes, source checks and provenance per version.
 */
package org.securebase.app.wiki;
