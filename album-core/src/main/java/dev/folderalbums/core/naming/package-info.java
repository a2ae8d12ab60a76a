/**
 * How album names follow from folders: the {@link dev.folderalbums.core.naming.NamingStrategy} extension point, its
 * {@link java.util.ServiceLoader} registry and the built-in folder-levels naming.
 */
package dev.folderalbums.core.naming;
