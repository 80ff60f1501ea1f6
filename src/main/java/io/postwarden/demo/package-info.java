/** The seed scenario loaded as demo data into an empty database. */
package io.postwarden.demo;
