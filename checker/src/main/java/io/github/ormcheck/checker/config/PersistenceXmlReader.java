package io.github.ormcheck.checker.config;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code META-INF/persistence.xml} with line numbers (StAX, from the JDK): each
 * {@code <property name value>} becomes an entry, and each {@code <persistence-unit>} an entry
 * with key {@link #UNIT} and the unit's name, so rules can point at the unit. External entities
 * and DTDs are not resolved. A malformed file gives the entries read before the error.
 */
public final class PersistenceXmlReader {
  /** The key of the entry that marks a {@code <persistence-unit>} element. */
  public static final String UNIT = "<persistence-unit>";

  private PersistenceXmlReader() {}

  public static List<ConfigEntry> read(Path file, String text) {
    List<ConfigEntry> entries = new ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        int line = xml.getLocation().getLineNumber();
        String element = xml.getLocalName();
        if (element.equals("persistence-unit")) {
          String name = xml.getAttributeValue(null, "name");
          entries.add(new ConfigEntry(UNIT, name == null ? "" : name, file, line, 1));
        } else if (element.equals("property")) {
          String name = xml.getAttributeValue(null, "name");
          String value = xml.getAttributeValue(null, "value");
          if (name != null) {
            entries.add(new ConfigEntry(name, value == null ? "" : value.strip(), file, line, 1));
          }
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      // Malformed XML: keep what was read; the application's own start-up reports the file.
    }
    return entries;
  }
}
