package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.NewEvidence;
import org.outagedesk.runbook.RunbookItem;

/**
 * How a phase's rows show: the template reaches the browser once per list and each row travels as
 * data ({@link Head} or {@link Item}), so every text people typed is a text binding, never markup.
 * The buttons call back through {@code withFunction}: the browser names a row by the key Flow gave
 * it, so a made-up row is never acted on, and each action is checked against the row's state here.
 */
final class ChecklistRows {

    /**
     * What an item's buttons do. At most two show besides "More…", in fixed places: pressing one
     * keeps the keyboard focus on that place while the item changes under it (Done becomes Reopen).
     */
    enum Step {
        DONE("done", "runbook.action.done", VaadinIcon.CHECK, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS),
        SIGN("sign", "runbook.action.sign", VaadinIcon.PENCIL, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY),
        NOT_APPLICABLE("na", "runbook.action.not-applicable", null, ButtonVariant.LUMO_SMALL),
        REOPEN("reopen", "runbook.action.reopen", null, ButtonVariant.LUMO_SMALL);

        private final String action;
        private final String textKey;
        private final VaadinIcon icon;
        private final ButtonVariant[] variants;

        Step(String action, String textKey, VaadinIcon icon, ButtonVariant... variants) {
            this.action = action;
            this.textKey = textKey;
            this.icon = icon;
            this.variants = variants;
        }

        /**
         * The first place: done, a signature, or reopening when that is all the item allows. The
         * person who gave the first signature is not offered the second.
         */
        static Step first(RunbookItem item, long viewerId) {
            if (item.state() == ItemState.OPEN && !item.signed()) {
                return DONE;
            }
            if (maySign(item, viewerId)) {
                return SIGN;
            }
            return mayReopen(item) ? REOPEN : null;
        }

        /** The second place: "not applicable" before anyone worked on it, or reopening beside a signature. */
        static Step second(RunbookItem item, long viewerId) {
            if (item.state() == ItemState.OPEN && item.firstSignerId() == null) {
                return NOT_APPLICABLE;
            }
            return first(item, viewerId) == SIGN && mayReopen(item) ? REOPEN : null;
        }

        boolean offeredFor(RunbookItem item, long viewerId) {
            return this == first(item, viewerId) || this == second(item, viewerId);
        }

        private static boolean maySign(RunbookItem item, long viewerId) {
            return item.signed() && item.secondSignerId() == null && item.state() != ItemState.NOT_APPLICABLE
                    && !(item.state() == ItemState.DONE && !item.needsSecondVerifier())
                    && !Long.valueOf(viewerId).equals(item.firstSignerId());
        }

        private static boolean mayReopen(RunbookItem item) {
            return item.state() != ItemState.OPEN || item.firstSignerId() != null;
        }

        private Action shown() {
            return new Action(action, Texts.t(textKey), Arrays.stream(variants).map(ButtonVariant::getVariantName)
                    .collect(Collectors.joining(" ")), icon == null ? "" : iconName(icon));
        }
    }

    // The rows' data is read by Flow's serializer through reflection, so these records are public.

    /** A phase's heading: its title, how far it is, and the same as a fraction for the bar. */
    public record Head(String phase, String title, String progress, double value) {}

    /** A note on an item, who wrote it and when. */
    public record Note(String author, String at, String text) {}

    /** A piece of evidence; {@code href} only for links (http and https only) and attached files. */
    public record Shown(String kind, String text, String href, String target, String anchorId, String author) {}

    /** A button of an item, {@code action} naming its place in the template. */
    public record Action(String action, String text, String theme, String icon) {}

    /** An item as the row shows it; {@code controls} false on a page that only reads the checklist. */
    public record Item(long id, String number, String title, String state, String stateText, String hint, String who,
            List<Note> notes, List<Shown> evidence, boolean controls, Action first, Action second, Action more,
            boolean working) {}

    private static final String HEAD = """
            <div id="runbook-phase-${item.head.phase}" class="runbook-phase-head">
              <h4 id="runbook-phase-title-${item.head.phase}">${item.head.title}</h4>
              <span id="runbook-progress-${item.head.phase}" class="runbook-progress">${item.head.progress}</span>
              <vaadin-progress-bar class="runbook-progress-bar" aria-labelledby="runbook-phase-title-${item.head.phase}"
                  .value=${item.head.value}></vaadin-progress-bar>
            </div>""";

    private static final String NOTES = """
            ${row.notes.length ? html`<div class="runbook-notes">${row.notes.map(note => html`<div class="runbook-note">
              <span class="runbook-note-author">${note.author}</span> · ${note.at} —
              <span class="runbook-note-text">${note.text}</span></div>`)}</div>` : ''}""";

    private static final String EVIDENCE = """
            ${row.evidence.length ? html`<div class="runbook-evidence">${row.evidence.map(e => html`<div
                class="runbook-evidence-line"><vaadin-icon icon="vaadin:paperclip" aria-hidden="true"></vaadin-icon>
              ${e.href ? html`<a id="${e.anchorId}" href="${e.href}" target="${e.target}" rel="noopener noreferrer"
                  router-ignore>${e.text}</a>` : html`<span class="runbook-evidence-${e.kind}">${e.text}</span>`}
              <span>· ${e.author}</span></div>`)}</div>` : ''}""";

    private static final String CONTROLS = """
            ${row.controls ? html`<div class="runbook-controls">
              ${row.first ? html`<vaadin-button id="runbook-${row.first.action}-${row.id}" theme="${row.first.theme}"
                  @click=${row.first.action === 'done' ? done : row.first.action === 'sign' ? sign : reopen}
                  >${row.first.icon ? html`<vaadin-icon slot="prefix" icon="${row.first.icon}"></vaadin-icon>` : ''
                  }${row.first.text}</vaadin-button>` : ''}
              ${row.second ? html`<vaadin-button id="runbook-${row.second.action}-${row.id}" theme="${row.second.theme}"
                  @click=${row.second.action === 'na' ? skip : reopen}>${row.second.text}</vaadin-button>` : ''}
              <vaadin-button id="runbook-more-${row.id}" theme="${row.more.theme}" aria-expanded="${row.working}"
                  @click=${more}>${row.more.text}</vaadin-button>
            </div>` : ''}""";

    private static final String ITEM = """
            <div class="runbook-row"><div id="runbook-item-${row.id}" class="runbook-item" data-state="${row.state}">
              <div class="runbook-item-head">
                <span class="runbook-number">${row.number}</span>
                <span class="runbook-title">${row.title}</span>
                <span class="runbook-state">${row.stateText}</span>
              </div>
              ${row.hint ? html`<span class="runbook-hint">${row.hint}</span>` : ''}
              ${row.who ? html`<span class="runbook-who">${row.who}</span>` : ''}
            """ + NOTES + EVIDENCE + CONTROLS + "</div></div>";

    // A row not loaded yet is drawn from an empty placeholder, with neither a head nor an item.
    private static final String TEMPLATE = "${item.head ? html`" + HEAD + "` : item.item ? ((row) => html`" + ITEM
            + "`)(item.item) : ''}";

    private ChecklistRows() {}

    /**
     * The rows' template and data in the current UI's language, for the person {@code viewerId}.
     * {@code onStep} and {@code onMore} are called only for an item of the list, with a step its state
     * offers that person, and only when {@code canChange}.
     */
    static LitRenderer<ChecklistRow> renderer(boolean canChange, long viewerId, Predicate<RunbookItem> working,
            Function<Evidence, String> fileUrl, BiConsumer<Step, RunbookItem> onStep, Consumer<RunbookItem> onMore) {
        LitRenderer<ChecklistRow> renderer = LitRenderer.<ChecklistRow>of(TEMPLATE)
                .withProperty("head", row -> row.isHeading() ? head(row) : null)
                .withProperty("item", row -> row.isHeading() ? null
                        : item(row.item(), canChange, viewerId, working.test(row.item()), fileUrl))
                .withFunction("more", row -> {
                    if (canChange && !row.isHeading()) {
                        onMore.accept(row.item());
                    }
                });
        for (Step step : Step.values()) {
            renderer.withFunction(step == Step.NOT_APPLICABLE ? "skip" : step.action, row -> {
                if (canChange && !row.isHeading() && step.offeredFor(row.item(), viewerId)) {
                    onStep.accept(step, row.item());
                }
            });
        }
        return renderer;
    }

    private static Head head(ChecklistRow row) {
        return new Head(row.phase().name(), (row.phase().ordinal() + 1) + " · " + RunbookUi.label(row.phase()),
                Texts.t("runbook.progress", row.settled(), row.total()),
                row.total() == 0 ? 0 : (double) row.settled() / row.total());
    }

    static Item item(RunbookItem item, boolean canChange, long viewerId, boolean working,
            Function<Evidence, String> fileUrl) {
        Locale locale = UI.getCurrent().getLocale();
        Step first = Step.first(item, viewerId);
        Step second = Step.second(item, viewerId);
        return new Item(item.id(), item.number(), item.title(locale) + (item.required() ? " *" : ""),
                item.state().name(), RunbookUi.label(item.state()), blank(item.hint(locale)), who(item),
                item.notes().stream().map(note -> new Note(note.authorName(), RunbookUi.time(note.at()), note.text()))
                        .toList(),
                item.evidence().stream().map(evidence -> shown(evidence, fileUrl)).toList(), canChange,
                first == null ? null : first.shown(), second == null ? null : second.shown(),
                new Action("more", Texts.t(working ? "runbook.action.less" : "runbook.action.more"),
                        ButtonVariant.LUMO_SMALL.getVariantName(), ""), working);
    }

    private static Shown shown(Evidence evidence, Function<Evidence, String> fileUrl) {
        return switch (evidence.kind()) {
            case FILE -> new Shown("file", evidence.fileName(), fileUrl.apply(evidence), "_blank",
                    "runbook-evidence-download-" + evidence.id(), evidence.authorName());
            // Checked when stored too; a link that is not http(s) is shown as text, never followed.
            case LINK -> NewEvidence.isWebLink(evidence.link())
                    ? new Shown("link", evidence.link(), evidence.link(), "_blank",
                            "runbook-evidence-link-" + evidence.id(), evidence.authorName())
                    : new Shown("text", evidence.link(), null, null, null, evidence.authorName());
            case PROBE, TEXT -> new Shown(evidence.kind() == EvidenceKind.PROBE ? "probe" : "text", evidence.text(),
                    null, null, null, evidence.authorName());
        };
    }

    /** Who the item is assigned to, who signed or did it, and why it does not apply. */
    private static String who(RunbookItem item) {
        StringBuilder text = new StringBuilder();
        if (item.assigneeName() != null) {
            text.append(Texts.t("runbook.assigned-to", item.assigneeName()));
        }
        if (item.signed()) {
            text.append(signatures(item));
        }
        if (item.state() == ItemState.DONE && !item.signed()) {
            text.append(Texts.t("runbook.done-by", item.doneByName(), RunbookUi.time(item.doneAt())));
        }
        if (item.state() == ItemState.NOT_APPLICABLE) {
            text.append(Texts.t("runbook.na-by", item.doneByName(), item.naReason()));
        }
        return text.toString().strip();
    }

    /** Who signed: nobody yet, one person (and whether a second is awaited), or both. */
    static String signatures(RunbookItem item) {
        if (item.firstSignerName() == null) {
            return "";
        }
        if (item.secondSignerName() != null) {
            return Texts.t("runbook.signers", item.firstSignerName(), item.secondSignerName());
        }
        return Texts.t(item.needsSecondVerifier() && item.state() != ItemState.DONE ? "runbook.signed-waiting"
                : "runbook.signed-by", item.firstSignerName());
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static String iconName(VaadinIcon icon) {
        return "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
