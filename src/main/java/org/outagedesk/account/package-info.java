/**
 * Accounts: roles, self-registration with e-mail verification, password reset, profile,
 * admin user management and personal API tokens.
 */
package org.outagedesk.account;
