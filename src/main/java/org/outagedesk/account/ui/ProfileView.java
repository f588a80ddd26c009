package org.outagedesk.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.LocalizedTitle;

/** The signed-in person's profile, notification preferences and password. */
@Route("profile")
@PermitAll
public class ProfileView extends Div implements LocalizedTitle {

    public ProfileView(AccountService accounts) {
        addClassNames("view-content", "profile-view", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.LARGE);
        add(new ProfileForm(accounts));
        if (!accounts.currentAccount().fromDirectory()) {
            add(new PasswordChangeForm(accounts));
        }
    }

    @Override
    public String titleKey() {
        return "account.profile.title";
    }
}
