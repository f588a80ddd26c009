package org.outagedesk.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.NewApiToken;

/** Names and creates a new API token. */
class NewTokenForm extends HorizontalLayout {

    private final TextField name = new TextField();
    private final FieldErrors errors = new FieldErrors();

    NewTokenForm(ApiTokenService tokens, Consumer<NewApiToken> onCreated) {
        addClassName("new-token-form");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        name.setId("token-name");
        name.setLabel(getTranslation("account.tokens.name"));
        name.setPlaceholder(getTranslation("account.tokens.name-placeholder"));
        name.setMaxLength(80);
        name.setManualValidation(true);
        name.setRequiredIndicatorVisible(true);
        errors.on("account.tokens", name);
        Button create = new Button(getTranslation("account.tokens.create"), VaadinIcon.PLUS.create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(click -> {
            errors.clear();
            if (!FieldErrors.require(name, name.getValue(), "account.tokens.name-required")) {
                return;
            }
            try {
                NewApiToken created = tokens.create(name.getValue().strip());
                name.clear();
                onCreated.accept(created);
            } catch (RuntimeException e) {
                errors.show(e);
            }
        });
        add(name, create);
    }
}
