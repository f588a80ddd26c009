/** Shared kernel: app shell, main layout, i18n, clock and small UI components. */
package org.outagedesk.base;
