package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.runbook.TemplateDraft;
import org.outagedesk.runbook.TemplateItemDraft;
import org.outagedesk.runbook.TemplateSummary;
import org.outagedesk.base.ui.Texts;

/** Admins edit checklist templates in both languages; saving adds a version, runs keep theirs. */
@Route("admin/runbooks")
@StyleSheet("styles/runbook.css")
@RolesAllowed(Roles.ADMIN)
public class AdminRunbooksView extends Div implements LocalizedTitle {

    private final RunbookService runbooks;
    private final Select<TemplateSummary> template = RunbookUi.withId(new Select<>(), "runbook-admin-template");
    private final TextField key = RunbookUi.withId(new TextField(), "runbook-admin-key");
    private final TextField nameEs = RunbookUi.withId(new TextField(), "runbook-admin-name-es");
    private final TextField nameEn = RunbookUi.withId(new TextField(), "runbook-admin-name-en");
    private final Span version = RunbookUi.withId(new Span(), "runbook-admin-version");
    private final Grid<TemplateItemDraft> grid = RunbookUi.withId(new Grid<>(), "runbook-admin-items");
    private List<TemplateItemDraft> items = new ArrayList<>();

    public AdminRunbooksView(RunbookService runbooks) {
        this.runbooks = runbooks;
        addClassNames("view-content", "runbook-admin");
        template.setLabel(Texts.t("runbook.admin.template"));
        template.setItemLabelGenerator(summary -> summary.name(getLocale()) + " · v" + summary.versionNo());
        template.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue());
            }
        });
        key.setLabel(Texts.t("runbook.admin.key"));
        nameEs.setLabel(Texts.t("runbook.admin.name-es"));
        nameEn.setLabel(Texts.t("runbook.admin.name-en"));
        grid.addColumn(item -> (item.phase().ordinal() + 1) + " · " + RunbookUi.label(item.phase()))
                .setHeader(Texts.t("runbook.admin.phase")).setAutoWidth(true);
        grid.addColumn(inItsLanguage("es", TemplateItemDraft::titleEs)).setHeader(Texts.t("runbook.admin.title-es"))
                .setFlexGrow(1);
        grid.addColumn(inItsLanguage("en", TemplateItemDraft::titleEn)).setHeader(Texts.t("runbook.admin.title-en"))
                .setFlexGrow(1);
        grid.addColumn(item -> RunbookUi.label(item.kind())).setHeader(Texts.t("runbook.admin.kind"));
        grid.addColumn(item -> yes(item.required())).setHeader(Texts.t("runbook.admin.required"));
        grid.addColumn(item -> yes(item.needsSecondVerifier())).setHeader(Texts.t("runbook.admin.second"));
        grid.addComponentColumn(item -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(item));
            edit.setAriaLabel(Texts.t("runbook.admin.edit"));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                items.remove(item);
                show();
            });
            remove.setAriaLabel(Texts.t("runbook.admin.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new Div(edit, remove);
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button add = RunbookUi.withId(new Button(Texts.t("runbook.admin.add"), VaadinIcon.PLUS.create(),
                click -> edit(null)), "runbook-admin-add");
        Button create = RunbookUi.withId(new Button(Texts.t("runbook.admin.new"), click -> startNew()),
                "runbook-admin-new");
        Button save = RunbookUi.withId(new Button(Texts.t("runbook.admin.save"), click -> save()),
                "runbook-admin-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div fields = new Div(template, create, key, nameEs, nameEn, version);
        fields.addClassName("runbook-admin-fields");
        add(new H2(Texts.t("runbook.admin.title")), new Span(Texts.t("runbook.admin.intro")), fields, grid,
                new Div(add, save));
        reloadTemplates(null);
    }

    /** A title in the language it is written in, marked so (screen readers read it with that voice). */
    private static LitRenderer<TemplateItemDraft> inItsLanguage(String language,
            ValueProvider<TemplateItemDraft, String> title) {
        return LitRenderer.<TemplateItemDraft>of("<span lang=\"" + language + "\">${item.title}</span>")
                .withProperty("title", title);
    }

    private static String yes(boolean value) {
        return value ? "✓" : "";
    }

    private void reloadTemplates(String selectKey) {
        List<TemplateSummary> current = runbooks.templates();
        template.setItems(current);
        current.stream().filter(summary -> selectKey == null || summary.key().equals(selectKey)).findFirst()
                .ifPresent(template::setValue);
    }

    private void load(TemplateSummary summary) {
        TemplateDraft draft = runbooks.draft(summary.id());
        key.setValue(draft.key());
        key.setReadOnly(true);
        nameEs.setValue(draft.nameEs());
        nameEn.setValue(draft.nameEn());
        version.setText(Texts.t("runbook.admin.version", summary.versionNo()));
        items = new ArrayList<>(draft.items());
        show();
    }

    private void startNew() {
        template.clear();
        key.clear();
        key.setReadOnly(false);
        nameEs.clear();
        nameEn.clear();
        version.setText("");
        items = new ArrayList<>();
        show();
    }

    private void show() {
        items.sort(Comparator.comparing(TemplateItemDraft::phase));
        grid.setItems(items);
    }

    private void edit(TemplateItemDraft existing) {
        new TemplateItemDialog(existing, edited -> {
            int index = existing == null ? -1 : items.indexOf(existing);
            if (index < 0) {
                items.add(edited);
            } else {
                items.set(index, edited);
            }
            show();
        }).open();
    }

    private void save() {
        TemplateDraft draft = new TemplateDraft(key.getValue(), nameEs.getValue(), nameEn.getValue(), List.copyOf(items));
        final TemplateSummary[] saved = new TemplateSummary[1];
        if (RunbookUi.attempt(() -> saved[0] = runbooks.saveTemplate(draft))) {
            RunbookUi.success(Texts.t("runbook.admin.saved", saved[0].versionNo()));
            reloadTemplates(saved[0].key());
        }
    }

    @Override
    public String titleKey() {
        return "runbook.admin.title";
    }
}
