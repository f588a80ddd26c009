package org.outagedesk.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** "Sign in with ..." links, one per configured OpenID Connect provider, named by its {@code client-name}. */
class ProviderButtons extends Div {

    ProviderButtons(ClientRegistrationRepository registrations) {
        setId("login-providers");
        addClassName("login-providers");
        if (registrations instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration) {
                    add(button(registration));
                }
            }
        }
    }

    boolean hasProviders() {
        return getComponentCount() > 0;
    }

    private Anchor button(ClientRegistration registration) {
        String name = registration.getClientName() == null || registration.getClientName().isBlank()
                ? registration.getRegistrationId() : registration.getClientName();
        Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                getTranslation("login.with", name));
        // A request to Spring Security's redirect endpoint, not a Vaadin route.
        link.setRouterIgnore(true);
        link.setId("login-with-" + registration.getRegistrationId());
        link.addClassName("login-provider");
        return link;
    }

    /** The "or" between the provider buttons and the form. */
    static Span separator(String text) {
        Span or = new Span(text);
        or.addClassName("login-or");
        return or;
    }
}
