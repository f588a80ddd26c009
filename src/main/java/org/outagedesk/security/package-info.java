/** Spring Security configuration, the sign-in page, the signed-in principal and login throttling. */
package org.outagedesk.security;
