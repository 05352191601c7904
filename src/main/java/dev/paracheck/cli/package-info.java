/**
 * cli: picocli commands, console I/O and exit codes. Only {@link dev.paracheck.cli.Main} calls System.exit.
 * May import {@code pipeline}, {@code check}, {@code report}, {@code model} and {@code internal}.
 */
package dev.paracheck.cli;
