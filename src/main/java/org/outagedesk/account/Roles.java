package org.outagedesk.account;

/** Role names as constants, for {@code @RolesAllowed} and {@code hasRole(...)} in one place. */
public final class Roles {

    public static final String END_USER = "END_USER";
    public static final String IT_STAFF = "IT_STAFF";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    /**
     * The "Monitoring" system actor that monitoring alerts act as; never held by an account
     * (it is not a {@link Role}), only by requests that carry the alert token.
     */
    public static final String MONITORING = "MONITORING";

    private Roles() {}
}
