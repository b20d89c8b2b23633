package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.Customer;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, Long> {}
