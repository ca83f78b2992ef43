package dev.microserves.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.support.problem.FieldError;
import dev.microserves.support.problem.ProblemException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestedItemsTest {

    @Test
    void shouldSortLinesBySkuForLocking() {
        RequestedItems items = RequestedItems.of(List.of(new RequestedItem("C-1", 1), new RequestedItem("A-1", 2),
                new RequestedItem("B-1", 3)));

        assertThat(items.inLockOrder()).extracting(RequestedItem::sku).containsExactly("A-1", "B-1", "C-1");
        assertThat(items.asRequested()).extracting(RequestedItem::sku).containsExactly("C-1", "A-1", "B-1");
    }

    @Test
    void shouldRefuseASkuTwice() {
        assertThat(errorsOf(List.of(new RequestedItem("A-1", 1), new RequestedItem("A-1", 2))))
                .extracting(FieldError::field).containsExactly("items[1].sku");
    }

    @Test
    void shouldRefuseZeroNegativeAndHugeQuantities() {
        assertThat(errorsOf(List.of(new RequestedItem("A-1", 0), new RequestedItem("B-1", -3),
                new RequestedItem("C-1", 1001))))
                .extracting(FieldError::field)
                .containsExactly("items[0].quantity", "items[1].quantity", "items[2].quantity");
    }

    @Test
    void shouldRefuseNoLinesAndMoreThanAHundred() {
        assertThat(errorsOf(List.of())).extracting(FieldError::field).containsExactly("items");
        List<RequestedItem> many = IntStream.range(0, 101).mapToObj(i -> new RequestedItem("SKU-" + i, 1)).toList();
        assertThat(errorsOf(many)).extracting(FieldError::field).containsExactly("items");
        assertThat(RequestedItems.of(many.subList(0, 100)).asRequested()).hasSize(100);
    }

    @Test
    void shouldRefuseMalformedSkus() {
        assertThat(errorsOf(List.of(new RequestedItem("-A", 1), new RequestedItem("a-1", 1))))
                .extracting(FieldError::field).containsExactly("items[0].sku", "items[1].sku");
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> errorsOf(List<RequestedItem> items) {
        var thrown = assertThatThrownBy(() -> RequestedItems.of(items)).isInstanceOf(ProblemException.class);
        ProblemException[] problem = new ProblemException[1];
        thrown.satisfies(e -> problem[0] = (ProblemException) e);
        assertThat(problem[0].status()).isEqualTo(400);
        assertThat(problem[0].slug()).isEqualTo("validation");
        return (List<FieldError>) problem[0].extensions().get("errors");
    }
}
