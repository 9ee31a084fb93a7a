/**
 * Demo data for the embedded default ({@code otinish.demo.enabled=true}): one account per
 * role (password {@code demo}) and, later, demo appeals, seeded idempotently once the
 * application is ready. May depend on every other module; nothing depends on it.
 */
@NullMarked
package kz.otinish.demo;

import org.jspecify.annotations.NullMarked;
