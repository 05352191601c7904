/** Small single-job helpers. Imports the JDK only. */
package dev.paracheck.internal;
