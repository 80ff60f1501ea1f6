/** The dashboard: the fleet at a glance. */
package io.postwarden.dashboard;
