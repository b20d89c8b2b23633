package io.github.ormcheck.corpus.legacy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class LegacyEditor {
  @Id @GeneratedValue private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  private LegacyArchive archive;

  public Long getId() {
    return id;
  }

  public LegacyArchive getArchive() {
    return archive;
  }
}
