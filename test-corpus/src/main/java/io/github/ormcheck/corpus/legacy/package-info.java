/**
 * Mappings from an older module of the shop. They are kept out of the shop's persistence unit:
 * {@link io.github.ormcheck.corpus.legacy.LegacyCatalog} makes Hibernate refuse to start.
 */
package io.github.ormcheck.corpus.legacy;
