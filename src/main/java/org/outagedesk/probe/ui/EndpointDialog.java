package org.outagedesk.probe.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.outagedesk.incident.MailService;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.TlsMode;
import org.outagedesk.base.ui.Texts;

/** Adds or edits a mail endpoint. The stored password is never shown: blank keeps it. */
class EndpointDialog extends Dialog {

    private static final MailEndpoint NONE = new MailEndpoint(0, "—", MailProtocol.IMAP, "", 0, TlsMode.NONE, null,
            false, null, 0, false, null, null, java.util.Set.of(), false, 0);

    private final TextField name = field(new TextField(), "probe-form-name", "probe.field.name");
    private final Select<MailProtocol> protocol = new Select<>();
    private final Select<TlsMode> tls = new Select<>();
    private final TextField host = field(new TextField(), "probe-form-host", "probe.field.host");
    private final IntegerField port = field(new IntegerField(), "probe-form-port", "probe.field.port");
    private final IntegerField interval = field(new IntegerField(), "probe-form-interval", "probe.field.interval");
    private final TextField username = field(new TextField(), "probe-form-username", "probe.field.username");
    private final PasswordField password = field(new PasswordField(), "probe-form-password", "probe.field.password");
    private final Checkbox clearPassword = new Checkbox();
    private final TextField environment = field(new TextField(), "probe-form-env", "probe.field.env");
    private final Select<MailEndpoint> via = new Select<>();
    private final TextField address = field(new TextField(), "probe-form-address", "probe.field.address");
    private final CheckboxGroup<MailService> services = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();

    EndpointDialog(ProbeService probes, MailEndpoint existing, Runnable onSaved) {
        setHeaderTitle(Texts.t(existing == null ? "probe.admin.add" : "probe.admin.edit-title"));
        protocol.setId("probe-form-protocol");
        protocol.setLabel(Texts.t("probe.field.protocol"));
        protocol.setItems(MailProtocol.values());
        protocol.setItemLabelGenerator(ProbeUi::label);
        tls.setId("probe-form-tls");
        tls.setLabel(Texts.t("probe.field.tls"));
        tls.setItems(TlsMode.values());
        tls.setItemLabelGenerator(ProbeUi::label);
        protocol.addValueChangeListener(change -> suggestPort(change.getOldValue(), tls.getValue()));
        tls.addValueChangeListener(change -> suggestPort(protocol.getValue(), change.getOldValue()));
        port.setMin(1);
        port.setMax(65535);
        interval.setMin(1);
        interval.setHelperText(Texts.t("probe.field.interval-help"));
        password.setHelperText(Texts.t(existing != null && existing.hasStoredSecret() ? "probe.field.password-kept"
                : "probe.field.password-help"));
        clearPassword.setLabel(Texts.t("probe.field.clear-password"));
        clearPassword.setVisible(existing != null && existing.hasStoredSecret());
        environment.setHelperText(Texts.t("probe.field.env-help"));
        via.setId("probe-form-via");
        via.setLabel(Texts.t("probe.field.via"));
        List<MailEndpoint> imap = new java.util.ArrayList<>(List.of(NONE));
        probes.endpoints().stream().filter(e -> e.protocol() == MailProtocol.IMAP)
                .filter(e -> existing == null || e.id() != existing.id()).forEach(imap::add);
        via.setItems(imap);
        via.setItemLabelGenerator(MailEndpoint::name);
        services.setLabel(Texts.t("probe.field.services"));
        services.setItems(MailService.values());
        services.setItemLabelGenerator(ProbeUi::label);
        enabled.setLabel(Texts.t("probe.field.enabled"));
        enabled.setId("probe-form-enabled");

        EndpointDraft start = existing == null ? new EndpointDraft("", MailProtocol.SMTP, "", 25, TlsMode.NONE, null,
                null, false, null, 60, true, null, null, java.util.Set.of()) : EndpointDraft.of(existing);
        name.setValue(start.name());
        protocol.setValue(start.protocol());
        tls.setValue(start.tls());
        host.setValue(start.host());
        port.setValue(start.port());
        interval.setValue(start.intervalSeconds());
        username.setValue(Objects.requireNonNullElse(start.username(), ""));
        environment.setValue(Objects.requireNonNullElse(start.passwordEnvironmentVariable(), ""));
        via.setValue(imap.stream().filter(e -> Objects.equals(e.id(), start.roundTripViaId())).findFirst().orElse(NONE));
        address.setValue(Objects.requireNonNullElse(start.roundTripAddress(), ""));
        services.setValue(start.services());
        enabled.setValue(start.enabled());

        FormLayout form = new FormLayout(name, host, protocol, tls, port, interval, username, password, clearPassword,
                environment, via, address, services, enabled);
        form.setColspan(services, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Button cancel = new Button(Texts.t("probe.cancel"), click -> close());
        Button save = new Button(Texts.t("probe.save"), click -> {
            EndpointDraft draft = new EndpointDraft(name.getValue(), protocol.getValue(), host.getValue(),
                    port.getValue() == null ? 0 : port.getValue(), tls.getValue(), username.getValue(),
                    password.getValue(), clearPassword.getValue(), environment.getValue(),
                    interval.getValue() == null ? 0 : interval.getValue(), enabled.getValue(),
                    via.getValue() == null || via.getValue() == NONE ? null : via.getValue().id(), address.getValue(),
                    services.getValue());
            if (ProbeUi.attempt(() -> {
                if (existing == null) {
                    probes.add(draft);
                } else {
                    probes.change(existing.id(), existing.version(), draft);
                }
            })) {
                ProbeUi.success(Texts.t("probe.admin.saved", draft.name()));
                close();
                onSaved.run();
            }
        });
        save.setId("probe-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(44rem, 96vw)");
    }

    /** Follows protocol and TLS mode with the usual port, unless the admin typed another one. */
    private void suggestPort(MailProtocol previousProtocol, TlsMode previousTls) {
        if (protocol.getValue() == null || tls.getValue() == null) {
            return;
        }
        boolean usual = port.getValue() == null || previousProtocol == null || previousTls == null
                || port.getValue() == previousProtocol.defaultPort(previousTls);
        if (usual) {
            port.setValue(protocol.getValue().defaultPort(tls.getValue()));
        }
    }

    private static <T extends com.vaadin.flow.component.HasLabel> T field(T field, String id, String labelKey) {
        ((com.vaadin.flow.component.Component) field).setId(id);
        field.setLabel(Texts.t(labelKey));
        return field;
    }
}
