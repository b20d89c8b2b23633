package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.Supplier;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupplierRepository extends JpaRepository<Supplier, Long> {}
