package io.github.ormcheck.checker.jpql;

import java.util.Optional;

/**
 * One item of a top-level SELECT clause. Rules need it to know what the result elements are: the
 * entities of one alias ({@code select c from Order o join o.customer c}), or something that loads
 * no entity at all (a constructor expression, a scalar).
 *
 * @param text the item's source text, trimmed
 * @param variable the identification variable when the item is exactly one ({@code o}, {@code
 *     object(o)}, HQL {@code o as x}), spelled as declared
 * @param constructorClass the class of a constructor expression ({@code new a.b.Dto(...)}; HQL
 *     {@code new map(...)} gives {@code map})
 */
public record SelectItem(String text, Optional<String> variable, Optional<String> constructorClass) {}
