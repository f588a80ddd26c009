/**
 * The public status page ({@code /status}), its JSON ({@code /api/v1/status}) and Atom feed
 * ({@code /status/feed.atom}): rendered into an in-memory snapshot when an incident or an
 * update changes (after commit), served by plain Spring MVC with ETag, Last-Modified and
 * Cache-Control, with no HTTP session, no Vaadin UI and no database query per request. The same files
 * are written to the static mirror's targets ({@link org.outagedesk.status.StatusMirror}), which
 * people can read while the portal is down.
 */
package org.outagedesk.status;
