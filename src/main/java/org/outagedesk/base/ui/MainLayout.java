package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.outagedesk.base.DisplayNames;
import org.outagedesk.base.LanguagePreference;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every signed-in page: side navigation by role, and a header with the user. The
 * drawer and the user's corner are drawn by the browser from server-written markup ({@link
 * MarkupBlock}): they are on every page of every session, so they are kept to two state nodes.
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Avatar.class)
@Uses(Button.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String LANGUAGE = "language";
    private static final String LOGOUT = "logout";

    private final Span viewTitle = new Span();

    public MainLayout(Navigation navigation, AuthenticationContext authentication, LanguagePreference languages,
            DisplayNames displayNames, ObjectProvider<HeaderWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.menu"));
        viewTitle.addClassName("view-title");
        HorizontalLayout userArea = new HorizontalLayout(userMenu(authentication, languages, displayNames));
        userArea.addClassName("user-area");
        userArea.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(true, toggle, viewTitle, userArea);
        widgets.orderedStream().forEach(widget -> {
            if (widget.banner()) {
                addToNavbar(widget.create());
            } else {
                userArea.addComponentAsFirst(widget.create());
            }
        });

        MarkupBlock drawer = new MarkupBlock("drawer-content");
        drawer.show(() -> drawer(navigation));
        addToDrawer(drawer);
    }

    private Markup drawer(Navigation navigation) {
        Markup html = new Markup().open("header", "class", "brand")
                .open("span", "class", "brand-mark").icon(VaadinIcon.ENVELOPE_OPEN_O, null).close("span")
                .line("span", "brand-name", "OutageDesk").close("header");
        html.open("vaadin-side-nav", "id", "side-nav");
        RouteConfiguration routes = RouteConfiguration.forSessionScope();
        for (NavigationEntry entry : navigation.forCurrentUser()) {
            html.open("vaadin-side-nav-item", "path", routes.getUrl(entry.view()))
                    .icon(entry.icon(), "prefix").text(getTranslation(entry.labelKey())).close("vaadin-side-nav-item");
        }
        return html.close("vaadin-side-nav").line("footer", "drawer-footer", getTranslation("base.tagline"));
    }

    /** The other language (there are two), the person's avatar and name, and signing out. */
    private MarkupBlock userMenu(AuthenticationContext authentication, LanguagePreference languages,
            DisplayNames displayNames) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElse(null);
        Locale current = BundleI18NProvider.supported(getLocale());
        Locale other = BundleI18NProvider.LANGUAGES.stream().filter(l -> !l.equals(current)).findFirst().orElse(current);
        MarkupBlock menu = new MarkupBlock("user-menu");
        menu.show(() -> userMenu(user, other, displayNames));
        menu.onAction(action -> {
            if (LOGOUT.equals(action)) {
                authentication.logout();
            } else if (LANGUAGE.equals(action)) {
                LanguageSwitch.apply(other);
                if (user != null) {
                    languages.remember(user.accountId(), other);
                }
                UI.getCurrent().getPage().reload();
            }
        });
        return menu;
    }

    private Markup userMenu(SignedInUser user, Locale other, DisplayNames displayNames) {
        // Each language offers itself in its own words ("Ver en español", "View in English").
        String offer = getTranslation(other, "base.language.offer");
        Markup html = new Markup().button("language-switch", LANGUAGE, "tertiary small", null,
                other.getLanguage().toUpperCase(Locale.ROOT), "class", "language-toggle", "lang", other.getLanguage(),
                "aria-label", offer, "title", offer);
        if (user != null) {
            String displayName = displayNames.of(user.accountId()).orElse(user.displayName());
            html.avatar("user-avatar", displayName)
                    .open("span", "id", "current-user-name", "class", "user-name").text(displayName).close("span");
        }
        // Named for screen readers also on a phone, where only the icon shows.
        return html.button("logout", LOGOUT, "tertiary", VaadinIcon.SIGN_OUT, getTranslation("base.logout"),
                "class", "logout-button", "aria-label", getTranslation("base.logout"));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof LocalizedTitle titled ? titled.localizedTitle() : "");
    }
}
