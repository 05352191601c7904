/**
 * check: the {@link dev.paracheck.check.Check} interface, its context and the explicit registry. Each
 * sub-package is one concern. May import {@code model}, {@code config} and {@code internal}.
 */
package dev.paracheck.check;
