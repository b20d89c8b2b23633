package io.github.ormcheck.corpus.shop;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Identifier shared by every shop entity. */
@MappedSuperclass
public abstract class BaseEntity {
  @Id @GeneratedValue private Long id;

  public Long getId() {
    return id;
  }
}
