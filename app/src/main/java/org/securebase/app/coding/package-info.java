/**
 * AAI coding on imported transcripts: blind double coding with drafts, immutable final versions and
 * corrections, consistency warnings, consensus, earned/continuous status with its rule, and coder
 * reliability computed by the core.
 */
package org.securebase.app.coding;
