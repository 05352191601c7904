/** check.structure: omissions, additions, moved text and non-parallel pairs, read off the alignment. */
package dev.paracheck.check.structure;
