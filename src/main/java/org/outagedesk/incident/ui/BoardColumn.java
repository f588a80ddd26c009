package org.outagedesk.incident.ui;

import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.Phase;

/** One SOP phase on the board: its name, how many incidents are in it, and their cards. */
class BoardColumn extends Div {

    private final Span count = new Span();
    private final Span none = new Span(getTranslation("board.column.empty"));
    private List<BoardCard> shown = List.of();

    BoardColumn(Phase phase, boolean canMove, BiConsumer<IncidentSummary, Phase> move) {
        Span name = new Span((phase.ordinal() + 1) + ". " + IncidentUi.label(phase));
        name.addClassName("column-name");
        count.addClassName("column-count");
        Div head = new Div(name, count);
        head.addClassName("column-head");
        none.addClassName("column-empty");
        setId("board-column-" + phase.name());
        addClassName("board-column");
        add(head, none);
        if (canMove) {
            DropTarget<Div> target = DropTarget.create(this);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(drop -> drop.getDragSourceComponent()
                    .filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                    .ifPresent(card -> move.accept(card.incident(), phase)));
        }
    }

    /** Shows these cards in this order; cards already here stay, a card from another column moves here. */
    void show(List<BoardCard> cards) {
        count.setText(String.valueOf(cards.size()));
        none.setVisible(cards.isEmpty());
        if (cards.equals(shown)) {
            return;
        }
        getChildren().filter(BoardCard.class::isInstance).toList().forEach(this::remove);
        cards.forEach(this::add);
        shown = List.copyOf(cards);
    }
}
