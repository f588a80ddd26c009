/** The sign-in page. */
package org.outagedesk.security.ui;
