package org.sabueso.federation.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Put on every federation bean (kinds, listeners that write to the {@link Outbox}): it exists
 * only on a node ({@code sabueso.node.id} set). Without it a single service would need a
 * directory, a key and a broker it does not have.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "sabueso.node.id")
public @interface FederatedNode {
}
