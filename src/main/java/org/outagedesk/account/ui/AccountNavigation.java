package org.outagedesk.account.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The account module's places in the side navigation; the layout filters them by role. */
@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationEntry profileEntry() {
        return new NavigationEntry(80, "account.nav.profile", "account.nav.profile.description", VaadinIcon.USER,
                ProfileView.class);
    }

    @Bean
    NavigationEntry apiTokensEntry() {
        return new NavigationEntry(85, "account.nav.tokens", "account.nav.tokens.description", VaadinIcon.KEY,
                ApiTokensView.class);
    }

    @Bean
    NavigationEntry usersEntry() {
        return new NavigationEntry(90, "account.nav.users", "account.nav.users.description", VaadinIcon.USERS,
                AdminUsersView.class);
    }
}
