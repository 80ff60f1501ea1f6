/**
 * The shape of a plan, shared by every kind of configuration: the changes an operator
 * reads and the remote steps that would make them. Knows no protocol and no daemon.
 */
package io.postwarden.plan;
