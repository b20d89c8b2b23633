package io.github.ormcheck.corpus.legacy;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The twin of {@link LegacyCatalog} that starts: one eager bag is loaded by subselect and the
 * other list has an index, so no two bags are join-fetched together. The collections are still
 * eager, which costs on every load.
 */
@Entity
public class LegacyArchive {
  @Id @GeneratedValue private Long id;

  @OneToMany(mappedBy = "archive", fetch = FetchType.EAGER) // expect: EagerToMany
  @Fetch(FetchMode.SUBSELECT)
  private List<LegacyEntry> entries = new ArrayList<>();

  @OneToMany(mappedBy = "archive", fetch = FetchType.EAGER) // expect: EagerToMany
  @OrderColumn(name = "position")
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
