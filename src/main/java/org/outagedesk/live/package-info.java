/**
 * Real-time fan-out to open UIs, and presence. Modules publish to topics after their
 * transaction commits; views subscribe while attached. In-JVM on one node; a distributed
 * engine (Hazelcast topics or Redis pub/sub) can carry the same topics across nodes.
 */
package org.outagedesk.live;
