/**
 * Progress over months in the client's own logs, chiefly how fast a person settles after an
 * attachment activation, estimated with a robust trend that says plainly when there are too few
 * episodes to tell.
 */
package org.securebase.core.progress;
