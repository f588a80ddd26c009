package org.outagedesk.base.ui;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/** The navigation entries the current user may open, in order. */
@Component
public class Navigation {

    private final List<NavigationEntry> entries;
    private final AccessAnnotationChecker accessChecker;

    Navigation(List<NavigationEntry> entries, AccessAnnotationChecker accessChecker) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.accessChecker = accessChecker;
    }

    public List<NavigationEntry> forCurrentUser() {
        return entries.stream().filter(entry -> accessChecker.hasAccess(entry.view())).toList();
    }
}
