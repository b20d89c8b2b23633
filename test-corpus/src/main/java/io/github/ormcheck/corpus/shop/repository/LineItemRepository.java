package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.LineItem;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LineItemRepository extends JpaRepository<LineItem, Long> {}
