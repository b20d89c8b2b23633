package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {}
