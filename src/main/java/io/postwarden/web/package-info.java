/** Page and API plumbing shared by every feature: error rendering, paging, layout model. */
package io.postwarden.web;
