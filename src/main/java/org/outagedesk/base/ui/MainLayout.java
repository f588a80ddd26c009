package org.outagedesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.outagedesk.base.DisplayNames;
import org.outagedesk.base.ReaderPreferences;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.beans.factory.ObjectProvider;

/** The frame of every signed-in page: side navigation by role, and a header with the user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(Navigation navigation, AuthenticationContext authentication, ReaderPreferences languages,
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
            Component component = widget.create();
            if (component == null) {
                return;
            }
            if (widget.banner()) {
                addToNavbar(component);
            } else {
                userArea.addComponentAsFirst(component);
            }
        });

        addToDrawer(PublicPage.brand(), sideNav(navigation), footer());
    }

    private SideNav sideNav(Navigation navigation) {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (NavigationEntry entry : navigation.forCurrentUser()) {
            // The label in a span of its own wraps (outagedesk.css); Vaadin's slot would cut it with "…".
            SideNavItem item = new SideNavItem(null, entry.view(), entry.icon().create());
            Span label = new Span(getTranslation(entry.labelKey()));
            label.addClassName("side-nav-label");
            item.getElement().appendChild(label.getElement());
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer() {
        Footer footer = new Footer(new Text(getTranslation("base.tagline")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    /** The other language (there are two), the person's avatar and name, and signing out. */
    private Component[] userMenu(AuthenticationContext authentication, ReaderPreferences languages,
            DisplayNames displayNames) {
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElse(null);
        Locale current = BundleI18NProvider.supported(getLocale());
        Locale other = BundleI18NProvider.LANGUAGES.stream().filter(l -> !l.equals(current)).findFirst().orElse(current);
        // Each language offers itself by its own name ("Español", "English"), marked with its own
        // lang; that name is the button's accessible name too, so "click English" works by voice.
        Button language = new Button(getTranslation(other, "base.language.name"), click -> {
            LanguageSwitch.apply(other);
            if (user != null) {
                languages.remember(user.accountId(), other);
            }
            UI.getCurrent().getPage().reload();
        });
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        language.addClassName("language-toggle");
        language.getElement().setAttribute("lang", other.getLanguage());
        language.setTooltipText(getTranslation(other, "base.language.offer"));

        // Named for screen readers also on a phone, where only the icon shows.
        Button logout = new Button(getTranslation("base.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout-button");
        logout.setAriaLabel(getTranslation("base.logout"));
        if (user == null) {
            return new Component[] {language, logout};
        }
        String displayName = displayNames.of(user.accountId()).orElse(user.displayName());
        Avatar avatar = new Avatar(displayName);
        avatar.addClassName("user-avatar");
        // Decorative: the name is written beside it.
        avatar.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(displayName);
        name.setId("current-user-name");
        name.addClassName("user-name");
        return new Component[] {language, avatar, name, logout};
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof LocalizedTitle titled ? titled.localizedTitle() : "");
    }
}
