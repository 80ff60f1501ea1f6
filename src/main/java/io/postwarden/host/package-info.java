/** Managed hosts: how they are reached over SSH, their roles and the paths of their services. */
package io.postwarden.host;
