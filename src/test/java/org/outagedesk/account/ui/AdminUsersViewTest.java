package org.outagedesk.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.outagedesk.account.AccountOrigin;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.account.DirectoryPerson;
import org.outagedesk.account.DirectoryStanding;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.account.Role;

class AdminUsersViewTest extends AccountViewTestSupport {

    private String colleague;

    @BeforeEach
    void adminSignsIn() {
        colleague = verifiedAccount("staff");
        signIn("admin@demo.local");
    }

    @Test
    void adminFindsAColleagueAndGrantsTheItStaffRole() {
        var grid = find(colleague);
        assertThat(grid.size()).isOne();
        assertThat(grid.getCellText(0, 0)).isEqualTo(colleague);
        assertThat(grid.getCellComponent(0, 4).getElement().getTextRecursively()).isEqualTo(en("account.role.END_USER"));

        grid.select(0);
        test($(CheckboxGroup.class).id("user-roles")).selectItem(en("account.role.IT_STAFF"));
        test($(Button.class).id("user-roles-save")).click();

        assertThat(lastNotification()).isEqualTo(en("account.users.roles-saved", "Test staff"));
        assertThat(login(colleague).roles()).containsExactlyInAnyOrder(Role.END_USER, Role.IT_STAFF);
    }

    @Test
    void theListShowsWhereEachAccountSignsIn() {
        String fromProvider = freshEmail("provider");
        accountService.signedInFromDirectory(new DirectoryPerson(AccountOrigin.OIDC, "entra", "subject-" + fromProvider,
                fromProvider, "Pia Provider", null, null, null, null, Set.of(Role.END_USER, Role.IT_STAFF)));

        assertThat(find(colleague).getCellText(0, 5)).isEqualTo(en("account.origin.LOCAL"));
        var grid = find(fromProvider);
        assertThat(grid.getCellText(0, 5)).isEqualTo(en("account.origin.OIDC", "entra"));
        grid.select(0);
        assertThat(text($(Dialog.class).id("user-dialog"))).contains(en("account.origin.OIDC", "entra"));
    }

    @Test
    void anEntryTheDirectoryDisabledReadsSoUntilTheDirectorySignsThePersonInAgain() {
        String fromLdap = freshEmail("ldap");
        DirectoryPerson person = new DirectoryPerson(AccountOrigin.LDAP, "ldap", "guid-" + fromLdap, fromLdap,
                "Lara Ldap", null, null, null, null, Set.of(Role.END_USER));
        long id = accountService.signedInFromDirectory(person).id();
        accountService.recheckedInDirectory(DirectoryStanding.inactive(id));

        assertThat(find(fromLdap).getCellComponent(0, 6).getElement().getTextRecursively()).isEqualTo(en("account.status.disabled-in-directory"));
        assertThat(login(fromLdap).enabled()).as("no sign-in, session or API token").isFalse();

        accountService.signedInFromDirectory(person);
        assertThat(find(fromLdap).getCellComponent(0, 6).getElement().getTextRecursively()).isEqualTo(en("account.status.enabled"));
        assertThat(login(fromLdap).enabled()).isTrue();
    }

    @Test
    void disablingAsksForConfirmationFirst() {
        find(colleague).select(0);
        test($(Button.class).id("user-toggle-enabled")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).id("user-disable-confirm");
        assertThat(test(confirm).getHeader()).isEqualTo(en("account.users.disable.title", "Test staff"));
        assertThat(login(colleague).enabled()).isTrue();
        test(confirm).cancel();
        assertThat(login(colleague).enabled()).isTrue();

        test($(Button.class).id("user-toggle-enabled")).click();
        test($(ConfirmDialog.class).id("user-disable-confirm")).confirm();
        assertThat(login(colleague).enabled()).isFalse();
        assertThat(lastNotification()).isEqualTo(en("account.users.disabled", "Test staff"));
        assertThat($(Button.class).id("user-toggle-enabled").getText()).isEqualTo(en("account.users.enable"));

        test($(Button.class).id("user-toggle-enabled")).click();
        assertThat(login(colleague).enabled()).isTrue();
    }

    @Test
    void removingTheLastRoleIsRefusedWithATranslatedMessage() {
        find(colleague).select(0);
        test($(CheckboxGroup.class).id("user-roles")).deselectAll();
        test($(Button.class).id("user-roles-save")).click();

        assertThat(lastNotification()).isEqualTo(en("account.admin.last-role"));
        assertThat(login(colleague).roles()).containsExactly(Role.END_USER);
        assertThat(test($(CheckboxGroup.class).id("user-roles")).getSelected()).containsExactly(Role.END_USER);
    }

    @Test
    void adminCannotDisableThemselves() {
        find("admin@demo.local").select(0);
        assertThat($(Button.class).withId("user-toggle-enabled").exists()).isFalse();
        assertThat(text($(Dialog.class).id("user-dialog")))
                .contains(en("account.users.own-account"));
    }

    @Test
    void peopleWithoutTheAdminRoleCannotOpenTheList() {
        signIn("user@demo.local");
        assertThatThrownBy(() -> navigate(AdminUsersView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(AdminUsersView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AccountSummary>, AccountSummary> find(String text) {
        navigate(AdminUsersView.class);
        test($(TextField.class).id("users-search")).setValue(text);
        return test((Grid<AccountSummary>) $(Grid.class).id("users-grid"));
    }

    private LoginAccount login(String email) {
        return accountService.findLoginAccount(email).orElseThrow();
    }
}
