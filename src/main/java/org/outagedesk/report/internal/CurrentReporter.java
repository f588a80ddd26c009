package org.outagedesk.report.internal;

import org.outagedesk.account.Role;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.report.ReportException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current request acts for, as the report rules need it. */
final class CurrentReporter {

    private CurrentReporter() {}

    static long id() {
        return SignedInUser.current().map(SignedInUser::accountId)
                .orElseThrow(() -> new ReportException(null, "report.error.signed-out"));
    }

    static boolean isItStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.IT_STAFF.authority().equals(authority.getAuthority()));
    }
}
