package org.outagedesk.security.internal;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.ArrayList;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.outagedesk.account.Role;
import org.outagedesk.security.AccountIdentity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions of this node in which someone is signed in, found by the security context
 * Spring Security keeps in them, so that the sessions of a person who lost a role can be ended.
 * Sessions live in one node's memory (the load balancer keeps a browser on its node), so each
 * node knows and ends its own.
 */
@Component
class SignedInSessions implements HttpSessionAttributeListener, HttpSessionIdListener, HttpSessionListener {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /** Marks a session whose person was signed out here: its next request ends it ({@link EndedSessions}). */
    static final String ENDED = SignedInSessions.class.getName() + ".ended";

    /**
     * A session no request came back to (a page without push, a browser closed meanwhile) is
     * invalidated after this long. Not at once: push writes asynchronously, and invalidating
     * closed the push connections before the reload reached the pages.
     */
    private static final Duration UNCLAIMED = Duration.ofSeconds(30);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    /** A session and who is signed in it, with the roles the session holds. */
    record Open(HttpSession session, long accountId, Set<Role> roles) {}

    /** The sessions open now with a signed-in person. */
    List<Open> open() {
        List<Open> open = new ArrayList<>();
        sessions.values().forEach(session -> signedIn(session).ifPresentOrElse(open::add,
                () -> sessions.remove(idOrNull(session), session)));
        return open;
    }

    /**
     * Ends the session. The person is signed out first, so whatever the session's pages ask from
     * then on is anonymous; each open page is told over its push connection to reload. The session's
     * next request (that reload, or any other) invalidates it, so Vaadin closes its UIs and push
     * connections and the page starts afresh at the sign-in page in a new session.
     */
    boolean end(Open open) {
        HttpSession session = open.session();
        sessions.remove(idOrNull(session), session);
        try {
            session.removeAttribute(CONTEXT);
            session.setAttribute(ENDED, Boolean.TRUE);
            List<VaadinSession> pages = Collections.list(session.getAttributeNames()).stream()
                    .map(session::getAttribute).filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast)
                    .toList();
            pages.forEach(SignedInSessions::reloadOpenPages);
            CompletableFuture.runAsync(() -> invalidate(session),
                    CompletableFuture.delayedExecutor(UNCLAIMED.toMillis(), TimeUnit.MILLISECONDS));
            return true;
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }

    static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // signed out or expired meanwhile
        }
    }

    /** Under the session's lock; releasing it pushes the reload to every page with push on. */
    private static void reloadOpenPages(VaadinSession pages) {
        pages.accessSynchronously(() -> pages.getUIs().forEach(ui -> ui.getPage().reload()));
    }

    static Optional<Open> signedIn(HttpSession session) {
        try {
            if (session.getAttribute(CONTEXT) instanceof SecurityContext context
                    && context.getAuthentication() instanceof Authentication authentication
                    && authentication.isAuthenticated()
                    && authentication.getPrincipal() instanceof AccountIdentity.Holder person) {
                return Optional.of(new Open(session, person.accountId(), roles(authentication)));
            }
        } catch (IllegalStateException ended) {
            // invalidated meanwhile
        }
        return Optional.empty();
    }

    private static Set<Role> roles(Authentication authentication) {
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> held.contains(role.authority())).forEach(roles::add);
        return roles;
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            sessions.put(event.getSession().getId(), event.getSession());
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        attributeAdded(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            sessions.remove(event.getSession().getId());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = sessions.remove(oldSessionId);
        if (session != null) {
            sessions.put(event.getSession().getId(), event.getSession());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    private static String idOrNull(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException ended) {
            return "";
        }
    }
}
