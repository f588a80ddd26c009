package org.outagedesk.alert;

import java.util.List;

/** What admins see and do about alert intake: the alert token, the label mapping, what arrived. Admins only. */
public interface AlertAdministration {

    /** The token as far as it may be shown: never the secret. */
    AlertTokenStatus tokenStatus();

    /** Creates a new alert token and revokes the previous one; the secret is returned this once. */
    String rotateToken();

    /** How alert labels map to mail services and severities, and the rate limit. */
    AlertMapping mapping();

    /** The most recent alert notifications received, newest first. */
    List<ReceivedAlert> recent(int limit);
}
