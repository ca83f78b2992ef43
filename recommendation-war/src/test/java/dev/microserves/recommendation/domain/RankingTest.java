package dev.microserves.recommendation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Recommendation together(String sku, long orders) {
        return new Recommendation(sku, orders, Reason.BOUGHT_TOGETHER);
    }

    @Test
    void boughtTogetherComesFirstThenTheTopSellersInTheirOrderWithoutTheProductOrARepeat() {
        List<Recommendation> items = Ranking.upTo(4, Set.of("A"))
                .add(List.of(together("B", 3), together("C", 2)))
                .topUp(List.of(new TopSeller("A", 90), new TopSeller("B", 80), new TopSeller("D", 70)))
                .topUp(List.of(new TopSeller("E", 60), new TopSeller("F", 50)))
                .items();

        assertThat(items).containsExactly(together("B", 3), together("C", 2),
                new Recommendation("D", 70, Reason.TOP_SELLER), new Recommendation("E", 60, Reason.TOP_SELLER));
    }

    @Test
    void aFullListTakesNoMore() {
        Ranking ranking = Ranking.upTo(1, Set.of()).add(List.of(together("B", 3), together("C", 2)));

        assertThat(ranking.isFull()).isTrue();
        assertThat(ranking.topUp(List.of(new TopSeller("D", 9))).items()).containsExactly(together("B", 3));
    }

    @Test
    void askingForEnoughCandidatesCoversEveryExclusionAndDuplicate() {
        Ranking ranking = Ranking.upTo(3, Set.of("A")).add(List.of(together("B", 3)));

        assertThat(ranking.candidatesWanted()).isEqualTo(3 + 1 + 1);
    }

    @Test
    void aLimitOutsideOneToTwentyIsRefused() {
        assertThatThrownBy(() -> Ranking.upTo(0, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ranking.upTo(21, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
