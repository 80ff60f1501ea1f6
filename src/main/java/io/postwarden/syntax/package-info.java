/** The grammars of every value that can reach a managed host, each parsed in one place. */
package io.postwarden.syntax;
