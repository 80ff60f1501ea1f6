/** Mail settings profiles: the typed Postfix settings of the seed table, shared by mail hosts. */
package io.postwarden.settings;
