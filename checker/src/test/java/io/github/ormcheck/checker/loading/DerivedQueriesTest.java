package io.github.ormcheck.checker.loading;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class DerivedQueriesTest {
  @Test
  void equalityPartsJoinedByAndArePinned() {
    assertThat(DerivedQueries.pinnedProperties("findByRolloutId")).containsExactly("rolloutId");
    assertThat(DerivedQueries.pinnedProperties("findAllByCustomerAndStatusIsOrderByPlacedAtDesc"))
        .containsExactly("customer", "status");
    assertThat(DerivedQueries.pinnedProperties("streamDistinctTop10ByTenantEqualsAndNameLike"))
        .containsExactly("tenant");
    assertThat(DerivedQueries.pinnedProperties("countByOrder_Id")).containsExactly("order_Id");
    assertThat(DerivedQueries.pinnedProperties("findByOriginAndBrand")).containsExactly("origin", "brand");
  }

  @Test
  void otherComparisonsOrAlternativesPinNothing() {
    assertThat(DerivedQueries.pinnedProperties("findByRolloutIdIn")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findByRolloutIdNot")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findByRolloutIdOrStatus")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findByCustomerAndSKUOrStatus")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findByNameIgnoreCase")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findByNameAndTitleAllIgnoreCase")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findAll")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("save")).isEmpty();
    assertThat(DerivedQueries.pinnedProperties("findBy")).isEmpty();
  }
}
