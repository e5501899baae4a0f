/**
 * Units as types. Every clinical quantity that crosses a package boundary is one of these
 * records; each rejects impossible values in its constructor and converts only through
 * named methods. Oral amounts are {@link org.baclo.units.Milligrams}, intrathecal amounts
 * {@link org.baclo.units.Micrograms}: the two never mix.
 */
package org.baclo.units;
