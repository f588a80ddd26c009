package org.outagedesk.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How messages for a page that has not taken the previous update wait: bounded, whatever comes. */
class LiveDeliveryTest {

    @Test
    void theSameMessageWaitsOnce() {
        List<Object> waiting = LiveDelivery.merge(List.of("board"), "board", 1);

        assertThat(waiting).containsExactly("board");
    }

    @Test
    void differentMessagesForAReReadingHandlerBecomeOneReRead() {
        List<Object> waiting = LiveDelivery.merge(LiveDelivery.merge(List.of(), "opened 1", 1), "opened 2", 1);

        assertThat(waiting).containsExactly(LiveSubscription.SEVERAL_CHANGES);
        assertThat(LiveDelivery.merge(waiting, "opened 3", 1)).isSameAs(waiting);
    }

    @Test
    void messagesActedOnOneByOneWaitInOrderUpToTheLimitThenBecomeOne() {
        List<Object> waiting = List.of();
        for (int i = 0; i < LiveSubscription.KEPT_FOR_EACH; i++) {
            waiting = LiveDelivery.merge(waiting, "editing " + i, LiveSubscription.KEPT_FOR_EACH);
        }
        assertThat(waiting).containsExactlyElementsOf(
                IntStream.range(0, LiveSubscription.KEPT_FOR_EACH).mapToObj(i -> "editing " + i).toList());

        List<Object> tooMany = LiveDelivery.merge(waiting, "editing again", LiveSubscription.KEPT_FOR_EACH);

        assertThat(tooMany).containsExactly(LiveSubscription.SEVERAL_CHANGES);
    }
}
