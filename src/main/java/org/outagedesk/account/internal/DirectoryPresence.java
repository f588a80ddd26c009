package org.outagedesk.account.internal;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether a company directory signs people in: an LDAP URL or an OpenID Connect client registration. */
@Component
class DirectoryPresence {

    private final boolean configured;

    DirectoryPresence(Environment environment) {
        Binder binder = Binder.get(environment);
        boolean ldap = binder.bind("outagedesk.directory.ldap.url", String.class)
                .map(url -> !url.isBlank()).orElse(false);
        boolean oidc = binder.bind("spring.security.oauth2.client.registration",
                Bindable.mapOf(String.class, Object.class)).map(map -> !map.isEmpty()).orElse(false);
        this.configured = ldap || oidc;
    }

    boolean configured() {
        return configured;
    }
}
