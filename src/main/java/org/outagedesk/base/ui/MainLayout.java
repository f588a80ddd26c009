package org.outagedesk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
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
import org.outagedesk.base.DisplayNames;
import org.outagedesk.base.LanguagePreference;
import org.outagedesk.base.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;

/** The frame of every signed-in page: side navigation by role, and a header with the user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(Navigation navigation, AuthenticationContext authentication, LanguagePreference languages,
            DisplayNames displayNames, ObjectProvider<HeaderWidget> widgets) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("base.menu"));
        viewTitle.addClassName("view-title");
        HorizontalLayout userArea = userArea(authentication, languages, displayNames);
        addToNavbar(true, toggle, viewTitle, userArea);
        widgets.orderedStream().forEach(widget -> {
            if (widget.banner()) {
                addToNavbar(widget.create());
            } else {
                userArea.addComponentAsFirst(widget.create());
            }
        });

        addToDrawer(brand(), sideNav(navigation), footer());
    }

    private static Header brand() {
        Span mark = new Span(VaadinIcon.ENVELOPE_OPEN_O.create());
        mark.addClassName("brand-mark");
        Span name = new Span("OutageDesk");
        name.addClassName("brand-name");
        Header brand = new Header(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav sideNav(Navigation navigation) {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (NavigationEntry entry : navigation.forCurrentUser()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create());
            nav.addItem(item);
        }
        return nav;
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("base.tagline")));
        footer.addClassName("drawer-footer");
        return footer;
    }

    private HorizontalLayout userArea(AuthenticationContext authentication, LanguagePreference languages,
            DisplayNames displayNames) {
        HorizontalLayout area = new HorizontalLayout();
        area.addClassName("user-area");
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        SignedInUser user = authentication.getAuthenticatedUser(SignedInUser.class).orElse(null);
        area.add(new LanguageSwitch(language -> {
            if (user != null) {
                languages.remember(user.accountId(), language);
            }
        }));
        if (user != null) {
            String displayName = displayNames.of(user.accountId()).orElse(user.displayName());
            Avatar avatar = new Avatar(displayName);
            avatar.addClassName("user-avatar");
            Span name = new Span(displayName);
            name.setId("current-user-name");
            name.addClassName("user-name");
            area.add(avatar, name);
        }
        Button logout = new Button(getTranslation("base.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout-button");
        area.add(logout);
        return area;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof LocalizedTitle titled ? titled.localizedTitle() : "");
    }
}
