/** The main layout, navigation and small components every module's views use. */
@org.springframework.modulith.NamedInterface("ui")
package org.outagedesk.base.ui;
