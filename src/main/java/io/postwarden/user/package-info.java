/** Managing who may log in (users, roles, passwords) and the API tokens each user holds. */
package io.postwarden.user;
