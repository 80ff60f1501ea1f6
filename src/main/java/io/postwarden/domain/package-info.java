/** Mail domains: which mail hosts serve each one and which DNS hosts carry its zone. */
package io.postwarden.domain;
