package org.outagedesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.outagedesk.base.DisplayNames;
import org.outagedesk.base.SignedInUser;

/** The landing page after sign-in: a greeting and the places this user can go. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements LocalizedTitle {

    public HomeView(Navigation navigation, AuthenticationContext authentication, DisplayNames displayNames) {
        addClassName("home-view");
        String name = authentication.getAuthenticatedUser(SignedInUser.class)
                .map(user -> displayNames.of(user.accountId()).orElse(user.displayName())).orElse("");
        H1 greeting = new H1(getTranslation("home.greeting", name));
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(getTranslation("home.intro")));

        Div cards = new Div();
        cards.addClassName("card-grid");
        navigation.forCurrentUser().stream()
                .filter(entry -> entry.view() != HomeView.class)
                .forEach(entry -> cards.add(card(entry)));
        add(cards);
    }

    private RouterLink card(NavigationEntry entry) {
        RouterLink card = new RouterLink();
        card.setRoute(entry.view());
        card.addClassName("nav-card");
        Span title = new Span(entry.icon().create(), new Span(getTranslation(entry.labelKey())));
        title.addClassName("nav-card-title");
        Span description = new Span(getTranslation(entry.descriptionKey()));
        description.addClassName("nav-card-description");
        card.add(title, description);
        return card;
    }

    @Override
    public String titleKey() {
        return "home.title";
    }
}
