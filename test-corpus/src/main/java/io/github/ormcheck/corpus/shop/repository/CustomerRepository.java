package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.Customer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {
  Optional<Customer> findByName(String name);

  boolean existsByName(String name);

  /** The batched form: one select for many names. */
  List<Customer> findByNameIn(Collection<String> names);
}
