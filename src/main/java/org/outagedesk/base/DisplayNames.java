package org.outagedesk.base;

import java.util.Optional;

/** Current display names (implemented by the account module), so a renamed person shows renamed at once. */
public interface DisplayNames {

    Optional<String> of(long accountId);
}
