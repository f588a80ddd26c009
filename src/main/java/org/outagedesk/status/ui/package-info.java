/** The admin screen of the status mirror: each target, how its writing goes, and writing again now. */
package org.outagedesk.status.ui;
