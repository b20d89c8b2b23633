package io.github.ormcheck.corpus.legacy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Two EAGER bags on one entity: Hibernate 5 fails to start; Hibernate 6+ pays a second select. */
@Entity
public class LegacyCatalog {
  @Id @GeneratedValue private Long id;

  @OneToMany(fetch = FetchType.EAGER) // expect: EagerToMany
  @JoinColumn(name = "catalog_id")
  private List<LegacyEntry> entries = new ArrayList<>();

  // Hibernate 5 refused to start with these two eager bags; Hibernate 6+ loads the second with one
  // more select (see MultipleBagFetchWitnessTest), so MultipleBagFetch stays silent here.
  @ManyToMany(fetch = FetchType.EAGER) // expect: EagerToMany, ManyToManyList
  private List<LegacyEditor> editors = new ArrayList<>();

  public Long getId() {
    return id;
  }

  public List<LegacyEntry> getEntries() {
    return entries;
  }

  public List<LegacyEditor> getEditors() {
    return editors;
  }
}
