/**
 * Account screens: registration, e-mail verification, password reset, profile, personal API
 * tokens and user administration.
 */
package org.outagedesk.account.ui;
