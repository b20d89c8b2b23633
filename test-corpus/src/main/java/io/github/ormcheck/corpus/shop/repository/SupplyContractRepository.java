package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.SupplyContract;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplyContractRepository extends JpaRepository<SupplyContract, Long> {
  List<SupplyContract> findByValidUntilAfter(LocalDate date);
}
