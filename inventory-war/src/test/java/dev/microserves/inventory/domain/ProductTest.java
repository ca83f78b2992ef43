package dev.microserves.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.microserves.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static Product product() {
        return new Product("TEA-EARLGREY-250G", "  Earl Grey  ", "Black tea with bergamot", "tea",
                Money.of("6.90", "USD"), 250);
    }

    @Test
    void shouldKeepTrimmedTextAndItsAttributes() {
        Product product = product();

        assertThat(product.name()).isEqualTo("Earl Grey");
        assertThat(product.category()).isEqualTo("tea");
        assertThat(product.price()).isEqualTo(Money.of("6.90", "USD"));
    }

    @Test
    void shouldRemoveABlankDescription() {
        Product product = product();
        product.describe("  ");

        assertThat(product.description()).isNull();
    }

    @Test
    void shouldRefuseInvalidSkuCategoryAndWeight() {
        assertThatThrownBy(() -> new Product("tea", "Tea", null, "tea", Money.of("1.00", "USD"), 1))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> product().moveTo("Tea Leaves")).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> product().reweigh(0)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> product().rename(" ")).isInstanceOf(ProblemException.class);
    }
}
