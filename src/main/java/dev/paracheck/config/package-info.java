/** config: the project file .paracheck.yml. May import {@code model}, {@code internal} and SnakeYAML. */
package dev.paracheck.config;
