/** Typed settings of the console ({@code postwarden.*}). */
package io.postwarden.config;
